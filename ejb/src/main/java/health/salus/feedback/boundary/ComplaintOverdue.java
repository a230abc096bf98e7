package health.salus.feedback.boundary;

import health.salus.feedback.entity.ComplaintAction;
import java.time.Instant;

/**
 * Fired once per complaint and breach (inside the transaction that marks it), so that the staff who
 * handle complaints (STAFF, ADMIN) are told.
 *
 * @param breach ACK_OVERDUE or RESOLUTION_OVERDUE
 * @param due the time that was missed
 */
public record ComplaintOverdue(
    long complaintId, long patientId, String patientName, ComplaintAction breach, Instant due) {}
