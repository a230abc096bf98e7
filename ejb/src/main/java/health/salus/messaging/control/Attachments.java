package health.salus.messaging.control;

import health.salus.messaging.entity.Message;
import health.salus.messaging.entity.MessageAttachment;
import health.salus.messaging.entity.MessageAttachmentContent;
import health.salus.shared.control.DocumentTypes;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files sent with messages: checked (at most three, each within the size limit, of a type told from
 * its bytes), stored with their message, listed per thread and read back one at a time.
 */
@Dependent
public class Attachments {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DocumentTypes types;

  @Inject
  @ConfigProperty(name = "salus.messaging.attachment-max-bytes", defaultValue = "5242880")
  long maxBytes;

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The files as attachments of the message (not yet stored): refused, all of them, when there are
   * too many (422), or one is empty (400), too large (413) or of a type not accepted (415).
   */
  public List<MessageAttachment> check(Message message, List<Sent> files) {
    MessageAttachment.requireAtMost(files.size());
    return files.stream()
        .map(
            f ->
                new MessageAttachment(
                    message,
                    f.name(),
                    f.content() == null || f.content().length > maxBytes
                        ? null
                        : types.of(f.content()),
                    f.content(),
                    maxBytes))
        .toList();
  }

  /** Stores checked attachments with their bytes (the message already stored). */
  public void store(List<MessageAttachment> attachments, List<Sent> files) {
    for (int i = 0; i < attachments.size(); i++) {
      em.persist(attachments.get(i));
      em.flush();
      em.persist(new MessageAttachmentContent(attachments.get(i), files.get(i).content()));
    }
    em.flush();
  }

  /** The attachments of the thread's messages, per message id. */
  public Map<Long, List<MessageAttachment>> ofThread(long threadId) {
    return em
        .createQuery(
            "SELECT a FROM MessageAttachment a WHERE a.message.thread.id = :threadId ORDER BY a.id",
            MessageAttachment.class)
        .setParameter("threadId", threadId)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(a -> a.getMessage().getId()));
  }

  public Optional<MessageAttachment> attachment(long id) {
    return Optional.ofNullable(em.find(MessageAttachment.class, id));
  }

  public byte[] content(MessageAttachment attachment) {
    return em.createQuery(
            "SELECT c FROM MessageAttachmentContent c WHERE c.attachment = :attachment",
            MessageAttachmentContent.class)
        .setParameter("attachment", attachment)
        .getSingleResult()
        .getContent();
  }

  /** A file as sent: its name and bytes. */
  public record Sent(String name, byte[] content) {}
}
