package health.salus.consent.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A clinician's emergency ("break-glass") access to a patient's record: opened with a stated
 * reason, it lets the clinician read the record as the care team does until {@link
 * #getValidUntil()}. Written once and never changed: it is the record of who opened whose record,
 * when and why.
 */
@Entity
@Table(name = "emergency_access")
@NamedQuery(
    name = EmergencyAccess.OPEN_FOR,
    query =
        "SELECT COUNT(e) FROM EmergencyAccess e WHERE e.clinician.id = :accountId"
            + " AND e.patient.id = :patientId AND e.validUntil > :now")
public class EmergencyAccess {

  /** How many of an account's emergency accesses to a patient are open at {@code :now}. */
  public static final String OPEN_FOR = "EmergencyAccess.openFor";

  /** The fewest characters a stated reason has: a word or two say nothing of why. */
  public static final int REASON_MIN = 10;

  /** The most characters a stated reason has. */
  public static final int REASON_MAX = 500;

  /** The longest an emergency access may last. */
  public static final Duration LONGEST = Duration.ofHours(24);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "clinician_id")
  private UserAccount clinician;

  @Column(nullable = false)
  private String reason;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  protected EmergencyAccess() {}

  /**
   * The clinician opens the patient's record now for {@code duration}, for the reason stated.
   * Refused (400) when the reason is missing, shorter than {@link #REASON_MIN} or longer than
   * {@link #REASON_MAX} characters once trimmed; a duration that is not positive or longer than
   * {@link #LONGEST} is a configuration error.
   */
  public EmergencyAccess(
      Patient patient, UserAccount clinician, String reason, Duration duration, Clock clock) {
    String stated = reason == null ? "" : reason.strip();
    if (stated.length() < REASON_MIN) {
      throw Refusal.invalid("reason", "emergency.reasonTooShort", REASON_MIN);
    }
    if (stated.length() > REASON_MAX) {
      throw Refusal.invalid("reason", "emergency.reasonTooLong", REASON_MAX);
    }
    if (duration == null
        || duration.isNegative()
        || duration.isZero()
        || duration.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("An emergency access lasts more than 0 and at most 24 h");
    }
    this.patient = patient;
    this.clinician = clinician;
    this.reason = stated;
    this.openedAt = clock.instant();
    this.validUntil = openedAt.plus(duration);
  }

  /** Whether the access still opens the record at this moment. */
  public boolean openAt(Instant at) {
    return at.isBefore(validUntil);
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public UserAccount getClinician() {
    return clinician;
  }

  public String getReason() {
    return reason;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getValidUntil() {
    return validUntil;
  }
}
