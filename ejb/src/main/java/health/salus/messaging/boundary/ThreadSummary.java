package health.salus.messaging.boundary;

import health.salus.messaging.entity.MessageThread;
import java.io.Serializable;
import java.time.Instant;

/**
 * A thread as the inbox lists it: subject, last message time, how many of its messages the caller
 * has not opened, the patient it is about and who it is addressed to ({@code toName} with {@code
 * toUsername}, or {@code toTeam}).
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
    String toTeam)
    implements Serializable {

  static ThreadSummary of(MessageThread thread, long unread) {
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
        to.team());
  }
}
