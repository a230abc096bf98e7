package health.salus.messaging.boundary;

import health.salus.messaging.entity.MessageThread;
import java.io.Serializable;
import java.util.List;

/** A thread opened by a participant: who it is about and to, and its messages, oldest first. */
public record ThreadView(
    long id,
    String subject,
    long patientId,
    String patientName,
    String toUsername,
    String toName,
    String toTeam,
    List<MessageView> messages)
    implements Serializable {

  static ThreadView of(MessageThread thread, List<MessageView> messages) {
    Addressee to = Addressee.of(thread);
    return new ThreadView(
        thread.getId(),
        thread.getSubject(),
        thread.getPatient().getId(),
        thread.getPatient().getFullName(),
        to.username(),
        to.name(),
        to.team(),
        List.copyOf(messages));
  }
}
