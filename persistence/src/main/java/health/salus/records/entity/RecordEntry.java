package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One version of an entry of a patient's medical record, as a clinician entered it. An entry is
 * never overwritten: a correction is a new version that {@linkplain #correct supersedes} this one,
 * naming it and the first version of their line, with the reason; the corrected version stays,
 * stamped superseded. Only the current version (not superseded) may be corrected, so two clinicians
 * correcting the same version cannot both win: the second is refused (a conflict), and the
 * database's unique {@code supersedes_id} holds the same rule when they race.
 */
@MappedSuperclass
public abstract class RecordEntry {

  static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  /** The first version of this entry's line; null on the first version itself. */
  @Column(name = "first_id")
  private Long firstId;

  /** The version this one corrects; null on the first version. */
  @Column(name = "supersedes_id")
  private Long supersedesId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "entered_by")
  private Practitioner enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Column(name = "correction_reason")
  private String correctionReason;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Version private long version;

  protected RecordEntry() {}

  protected RecordEntry(Patient patient, Practitioner enteredBy, Instant enteredAt) {
    this.patient = Objects.requireNonNull(patient, "patient");
    this.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
    this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
  }

  /**
   * Makes {@code next} (a new, unsaved version of the same kind, for the same patient) the current
   * version of this entry, for this reason. Refused, and nothing changed, when this version has
   * been superseded already (a conflict: someone corrected it first), when the reason is missing or
   * longer than 500 characters, or when {@code next} is not a new version of this patient's entry.
   */
  public void correct(RecordEntry next, String reason) {
    if (supersededAt != null) {
      throw Refusal.conflict("records.superseded");
    }
    String why = optional(reason, "reason", MAX_REASON);
    if (why == null) {
      throw Refusal.invalid("reason", "records.reasonRequired");
    }
    if (next == this
        || next.getClass() != getClass()
        || next.id != null
        || next.supersedesId != null
        || !samePatient(next.patient)) {
      throw new IllegalArgumentException("not a new version of this entry");
    }
    next.firstId = firstId == null ? id : firstId;
    next.supersedesId = id;
    next.correctionReason = why;
    supersededAt = next.enteredAt;
  }

  private boolean samePatient(Patient other) {
    return other == patient || (other.getId() != null && other.getId().equals(patient.getId()));
  }

  /** Whether this is the current version of its entry. */
  public boolean isCurrent() {
    return supersededAt == null;
  }

  /** The id of the first version of this entry's line (its own id for a first version). */
  public Long getLineId() {
    return firstId == null ? id : firstId;
  }

  /** A required text, trimmed; refused (400) when blank or longer than {@code max}. */
  protected static String required(String value, String field, int max) {
    String text = optional(value, field, max);
    if (text == null) {
      throw Refusal.invalid(field, "records.required");
    }
    return text;
  }

  /** An optional text, trimmed (blank: null); refused (400) when longer than {@code max}. */
  protected static String optional(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw Refusal.invalid(field, "records.tooLong", max);
    }
    return text;
  }

  /** A day that has come by {@code now} (UTC calendar); refused (400) when missing or to come. */
  protected static LocalDate past(LocalDate day, String field, Instant now, boolean required) {
    if (day == null) {
      if (required) {
        throw Refusal.invalid(field, "records.required");
      }
      return null;
    }
    // A day in any time zone: at most one day ahead of the UTC date.
    if (day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
      throw Refusal.invalid(field, "records.dateInFuture");
    }
    return day;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Long getFirstId() {
    return firstId;
  }

  public Long getSupersedesId() {
    return supersedesId;
  }

  public Practitioner getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  public long getVersion() {
    return version;
  }
}
