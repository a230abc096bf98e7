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

  /** A new message in this thread, by this author on this side; the thread's last message moves. */
  public Message post(UserAccount author, MessageSide side, String body, Instant at) {
    Message message = new Message(this, author, side, body, at);
    if (at.isAfter(lastMessageAt)) {
      lastMessageAt = at;
    }
    return message;
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
