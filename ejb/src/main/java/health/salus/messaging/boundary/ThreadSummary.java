package health.salus.messaging.boundary;

import health.salus.directory.entity.Practitioner;
import health.salus.messaging.entity.MessageThread;
import java.io.Serializable;
import java.time.Instant;

/**
 * A thread as the inbox lists it: subject, last message time, how many of its messages the caller
 * has not opened, the patient it is about and who it is addressed to ({@code toName} with {@code
 * toUsername}, or {@code toTeam}); for staff, when the care side should answer ({@code replyDueAt},
 * null when nothing waits), whether that is past ({@code overdue}), its priority, status, category,
 * assignee and version (to send back with a triage).
 */
public record ThreadSummary(
    long id,
    String subject,
    Instant lastMessageAt,
    long unread,
    long patientId,
    String patientName,
    String toUsername,
    String toName,
    String toTeam,
    Instant replyDueAt,
    boolean overdue,
    String priority,
    String status,
    String category,
    String assignedToUsername,
    String assignedToName,
    long version)
    implements Serializable {

  static ThreadSummary of(MessageThread thread, long unread, Instant now) {
    Practitioner assignee = thread.getAssignedTo();
    Addressee to = Addressee.of(thread);
    return new ThreadSummary(
        thread.getId(),
        thread.getSubject(),
        thread.getLastMessageAt(),
        unread,
        thread.getPatient().getId(),
        thread.getPatient().getFullName(),
        to.username(),
        to.name(),
        to.team(),
        thread.getReplyDueAt(),
        thread.overdueAt(now),
        thread.getPriority().name(),
        thread.getStatus().name(),
        thread.getCategory().name(),
        assignee == null ? null : assignee.getAccount().getUsername(),
        assignee == null ? null : assignee.getAccount().getFullName(),
        thread.getVersion());
  }
}
