package health.salus.consent.entity;

import health.salus.identity.entity.Patient;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/**
 * A category of a patient's record the patient keeps from their care team: while it exists, being
 * in the care team (or treating the patient) no longer opens reads of it. One per patient and
 * category; lifting the restriction deletes it. {@link ConsentCategory#ALL} is no category of its
 * own and cannot be restricted.
 */
@Entity
@Table(name = "care_team_restriction")
@NamedQuery(
    name = CareTeamRestriction.OF_PATIENT,
    query = "SELECT r FROM CareTeamRestriction r WHERE r.patient.id = :patientId")
@NamedQuery(
    name = CareTeamRestriction.COUNT,
    query =
        "SELECT COUNT(r) FROM CareTeamRestriction r WHERE r.patient.id = :patientId"
            + " AND r.category = :category")
public class CareTeamRestriction {

  /** A patient's restrictions. */
  public static final String OF_PATIENT = "CareTeamRestriction.ofPatient";

  /** Whether a patient restricts a category ({@code :patientId}, {@code :category}): 0 or 1. */
  public static final String COUNT = "CareTeamRestriction.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  private ConsentCategory category;

  @Column(name = "restricted_at", nullable = false)
  private Instant restrictedAt;

  protected CareTeamRestriction() {}

  /** The patient keeps this category from their care team from now on; ALL or none: 400. */
  public CareTeamRestriction(Patient patient, ConsentCategory category, Clock clock) {
    if (!restrictable(category)) {
      throw Refusal.invalid("categories", "consent.restriction.category");
    }
    this.patient = patient;
    this.category = category;
    this.restrictedAt = clock.instant();
  }

  /** Whether a patient may keep this category from their care team: any but ALL. */
  public static boolean restrictable(ConsentCategory category) {
    return category != null && category != ConsentCategory.ALL;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public ConsentCategory getCategory() {
    return category;
  }

  public Instant getRestrictedAt() {
    return restrictedAt;
  }
}
