package health.salus.feedback.boundary;

import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;

/**
 * A complaint or compliment: kind, category and description required; the appointment or the
 * practitioner it is about, optional. {@code patientId}: for staff lodging it for a patient, or a
 * carer acting for one (default: the caller).
 */
public record NewComplaint(
    ComplaintKind kind,
    ComplaintCategory category,
    String description,
    Long appointmentId,
    Long practitionerId,
    Long patientId) {}
