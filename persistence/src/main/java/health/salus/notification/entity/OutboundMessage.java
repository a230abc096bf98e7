package health.salus.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail in the outbox. Its dedup key makes each message exist once however often it is asked
 * for; a server claims it (PENDING to SENDING, guarded by the version) before sending, so two
 * servers never send it both.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

  public static final int MAX_ATTEMPTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedup_key", nullable = false, unique = true)
  private String dedupKey;

  @Column(name = "subject_ref", nullable = false)
  private String subjectRef;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboundStatus status;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected OutboundMessage() {}

  public OutboundMessage(
      String dedupKey,
      String subjectRef,
      String recipient,
      String subject,
      String body,
      Instant dueAt,
      Instant createdAt) {
    this.dedupKey = dedupKey;
    this.subjectRef = subjectRef;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.dueAt = dueAt;
    this.createdAt = createdAt;
    this.status = OutboundStatus.PENDING;
  }

  /** Takes the message for sending; false if it is not (or no longer) waiting and due. */
  public boolean claim(String node, Instant now) {
    if (status != OutboundStatus.PENDING || dueAt.isAfter(now)) {
      return false;
    }
    status = OutboundStatus.SENDING;
    claimedBy = node;
    claimedAt = now;
    attempts++;
    return true;
  }

  public void sent(Instant now) {
    status = OutboundStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /** A failed attempt: tried again later (backing off), or given up after the last attempt. */
  public void failed(String error, Instant now) {
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = OutboundStatus.FAILED;
    } else {
      status = OutboundStatus.PENDING;
      dueAt = now.plus(Duration.ofMinutes(1L << attempts));
    }
  }

  /** A claim older than the lease is taken back (the server that held it stopped mid-way). */
  public boolean releaseIfStale(Instant now, Duration lease) {
    if (status == OutboundStatus.SENDING
        && claimedAt != null
        && claimedAt.plus(lease).isBefore(now)) {
      status = OutboundStatus.PENDING;
      return true;
    }
    return false;
  }

  /** A cancelled message wanted again (an appointment moved back to its first time). */
  public void reinstate(Instant due) {
    if (status == OutboundStatus.CANCELLED) {
      status = OutboundStatus.PENDING;
      dueAt = due;
      attempts = 0;
    }
  }

  public void cancel() {
    if (status == OutboundStatus.PENDING) {
      status = OutboundStatus.CANCELLED;
    }
  }

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getSubjectRef() {
    return subjectRef;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public OutboundStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
