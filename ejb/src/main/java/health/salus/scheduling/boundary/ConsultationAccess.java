package health.salus.scheduling.boundary;

import java.time.Instant;

/**
 * How to join a consultation: for VIDEO the room link, only while {@code open} (from {@code
 * opensAt}); for PHONE the number to call: the patient's for the practitioner, the practice's for
 * the patient. In person: neither.
 */
public record ConsultationAccess(
    long appointmentId,
    String mode,
    boolean open,
    Instant opensAt,
    String videoUrl,
    String phoneNumber) {}
