package health.salus.directory.entity;

import health.salus.identity.entity.Patient;
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
import java.time.LocalDate;

/** A practitioner's standing part in a patient's care (dr.chen is Alice's GP). */
@Entity
@Table(name = "care_relationship")
@NamedQuery(
    name = CareRelationship.EXISTS,
    query =
        "SELECT COUNT(c) FROM CareRelationship c"
            + " WHERE c.practitioner.account.id = :accountId AND c.patient.id = :patientId")
public class CareRelationship {

  public static final String EXISTS = "CareRelationship.exists";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  private CareRelationshipKind kind;

  private LocalDate since;

  protected CareRelationship() {}

  public CareRelationship(
      Practitioner practitioner, Patient patient, CareRelationshipKind kind, LocalDate since) {
    this.practitioner = practitioner;
    this.patient = patient;
    this.kind = kind;
    this.since = since;
  }

  public Long getId() {
    return id;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public Patient getPatient() {
    return patient;
  }

  public CareRelationshipKind getKind() {
    return kind;
  }

  public LocalDate getSince() {
    return since;
  }
}
