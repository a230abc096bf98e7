package health.salus.feedback.boundary;

import health.salus.feedback.entity.ComplaintAction;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.feedback.entity.ComplaintStatus;

/**
 * Fired (CDI, inside the transaction of the step) at each step of a complaint or compliment that
 * the patient is told about: lodged, acknowledged, resolved, withdrawn.
 */
public record ComplaintChanged(
    long complaintId,
    long patientId,
    ComplaintKind kind,
    ComplaintAction action,
    ComplaintStatus status,
    String note) {}
