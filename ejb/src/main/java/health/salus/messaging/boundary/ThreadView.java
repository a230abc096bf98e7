package health.salus.messaging.boundary;

import health.salus.messaging.entity.MessageThread;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A thread opened by a participant: who it is about and to, and its messages, oldest first; its
 * triage (priority, status, category, assignee, version) and when an answer is due; {@code team},
 * only for the care side: the colleagues it may be given to (empty for the patient's side).
 */
public record ThreadView(
    long id,
    String subject,
    long patientId,
    String patientName,
    String toUsername,
    String toName,
    String toTeam,
    List<MessageView> messages,
    String priority,
    String status,
    String category,
    String assignedToUsername,
    Instant replyDueAt,
    long version,
    List<Colleague> team)
    implements Serializable {

  static ThreadView of(MessageThread thread, List<MessageView> messages, List<Colleague> team) {
    Addressee to = Addressee.of(thread);
    return new ThreadView(
        thread.getId(),
        thread.getSubject(),
        thread.getPatient().getId(),
        thread.getPatient().getFullName(),
        to.username(),
        to.name(),
        to.team(),
        List.copyOf(messages),
        thread.getPriority().name(),
        thread.getStatus().name(),
        thread.getCategory().name(),
        thread.getAssignedTo() == null ? null : thread.getAssignedTo().getAccount().getUsername(),
        thread.getReplyDueAt(),
        thread.getVersion(),
        List.copyOf(team));
  }
}
