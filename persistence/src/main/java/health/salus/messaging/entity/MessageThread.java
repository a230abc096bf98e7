package health.salus.messaging.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A conversation about one patient, addressed to one practitioner (or educator) or to the patient's
 * care team. Its subject is 1..200 characters; each message posted moves its last message time (the
 * inbox's order).
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {

  public static final int SUBJECT_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @ManyToOne
  @JoinColumn(name = "to_practitioner_id")
  private Practitioner toPractitioner;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_team")
  private ThreadTeam toTeam;

  @ManyToOne(optional = false)
  @JoinColumn(name = "started_by")
  private UserAccount startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @Column(name = "reply_due_at")
  private Instant replyDueAt;

  @ManyToOne
  @JoinColumn(name = "assigned_to_id")
  private Practitioner assignedTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadPriority priority = ThreadPriority.ROUTINE;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadStatus status = ThreadStatus.OPEN;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadCategory category = ThreadCategory.GENERAL;

  @Version private long version;

  protected MessageThread() {}

  private MessageThread(
      Patient patient,
      String subject,
      Practitioner toPractitioner,
      ThreadTeam toTeam,
      UserAccount startedBy,
      Instant at) {
    this.patient = patient;
    this.subject = subject(subject);
    this.toPractitioner = toPractitioner;
    this.toTeam = toTeam;
    this.startedBy = startedBy;
    this.startedAt = at;
    this.lastMessageAt = at;
  }

  /** A thread to one practitioner or educator. */
  public static MessageThread toPractitioner(
      Patient patient, String subject, Practitioner to, UserAccount startedBy, Instant at) {
    return new MessageThread(patient, subject, to, null, startedBy, at);
  }

  /** A thread to the patient's care team. */
  public static MessageThread toCareTeam(
      Patient patient, String subject, UserAccount startedBy, Instant at) {
    return new MessageThread(patient, subject, null, ThreadTeam.CARE_TEAM, startedBy, at);
  }

  private static String subject(String subject) {
    String trimmed = subject == null ? "" : subject.strip();
    if (trimmed.isEmpty()) {
      throw Refusal.invalid("subject", "messaging.subjectRequired");
    }
    if (trimmed.length() > SUBJECT_MAX) {
      throw Refusal.invalid("subject", "messaging.subjectTooLong", SUBJECT_MAX);
    }
    return trimmed;
  }

  /**
   * A new message in this thread, by this author on this side; the thread's last message moves. An
   * answer from the care side means nothing waits for one any more ({@link #getReplyDueAt()} null).
   */
  public Message post(UserAccount author, MessageSide side, String body, Instant at) {
    Message message = new Message(this, author, side, body, at);
    if (at.isAfter(lastMessageAt)) {
      lastMessageAt = at;
    }
    if (side == MessageSide.CARE) {
      replyDueAt = null;
    }
    return message;
  }

  /**
   * The patient's side wrote: the care side should answer by {@code due}, unless an earlier message
   * still waits (its time stands); the thread is open again for staff.
   */
  public void awaitReplyBy(Instant due) {
    if (replyDueAt == null) {
      replyDueAt = due;
    }
    status = ThreadStatus.OPEN;
  }

  /**
   * Staff triage: who deals with it (a colleague of the team, null: no one yet), its priority,
   * status and category (null: as it is), as seen at {@code expectedVersion}. Refused (409) when
   * the thread changed since then, so that no one's triage is silently overwritten; missing
   * priority or status: 400.
   */
  public void triage(
      long expectedVersion,
      Practitioner assignee,
      ThreadPriority newPriority,
      ThreadStatus newStatus,
      ThreadCategory newCategory) {
    if (expectedVersion != version) {
      throw Refusal.conflict("messaging.triageStale");
    }
    if (newPriority == null) {
      throw Refusal.invalid("priority", "messaging.priorityRequired");
    }
    if (newStatus == null) {
      throw Refusal.invalid("status", "messaging.statusRequired");
    }
    assignedTo = assignee;
    priority = newPriority;
    status = newStatus;
    if (newCategory != null) {
      category = newCategory;
    }
  }

  public ThreadCategory getCategory() {
    return category;
  }

  /** Whether the care side's answer is late at {@code now}: due before now and not closed. */
  public boolean overdueAt(Instant now) {
    return replyDueAt != null && status != ThreadStatus.CLOSED && replyDueAt.isBefore(now);
  }

  public Instant getReplyDueAt() {
    return replyDueAt;
  }

  /** The staff member dealing with it, or null. */
  public Practitioner getAssignedTo() {
    return assignedTo;
  }

  public ThreadPriority getPriority() {
    return priority;
  }

  public ThreadStatus getStatus() {
    return status;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getSubject() {
    return subject;
  }

  /** The practitioner addressed, or null for a thread to the care team. */
  public Practitioner getToPractitioner() {
    return toPractitioner;
  }

  /** The team addressed, or null for a thread to one practitioner. */
  public ThreadTeam getToTeam() {
    return toTeam;
  }

  public UserAccount getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public long getVersion() {
    return version;
  }
}
