package health.salus.messaging.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message of a thread: its author, the side they wrote on, the body as written (Markdown,
 * 1..5000 characters; shown only through the sanitising renderer) and when it was sent. Made by
 * {@link MessageThread#post}; never changed.
 */
@Entity
@Table(name = "message")
public class Message {

  public static final int BODY_MAX = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "thread_id")
  private MessageThread thread;

  /**
   * The thread's patient, copied onto each message so that the patient's messages are read newest
   * first along an index of their own (the timeline), without joining and sorting all their
   * threads.
   */
  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_account_id")
  private UserAccount author;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_side", nullable = false)
  private MessageSide authorSide;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected Message() {}

  Message(MessageThread thread, UserAccount author, MessageSide side, String body, Instant at) {
    this.thread = thread;
    this.patientId = thread.getPatient().getId();
    this.author = author;
    this.authorSide = side;
    this.body = body(body);
    this.sentAt = at;
  }

  private static String body(String body) {
    String trimmed = body == null ? "" : body.strip();
    if (trimmed.isEmpty()) {
      throw Refusal.invalid("body", "messaging.bodyRequired");
    }
    if (trimmed.length() > BODY_MAX) {
      throw Refusal.invalid("body", "messaging.bodyTooLong", BODY_MAX);
    }
    return trimmed;
  }

  public Long getId() {
    return id;
  }

  public MessageThread getThread() {
    return thread;
  }

  public Long getPatientId() {
    return patientId;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public MessageSide getAuthorSide() {
    return authorSide;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
