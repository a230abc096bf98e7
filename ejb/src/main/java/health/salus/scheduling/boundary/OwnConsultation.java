package health.salus.scheduling.boundary;

/**
 * One of the practitioner's own consultations as their consultations page shows it: the
 * appointment, and how to join it ({@code join}: the video room or the patient's phone number, null
 * for a visit in person or one that is no longer live).
 */
public record OwnConsultation(AppointmentView appointment, ConsultationAccess join) {}
