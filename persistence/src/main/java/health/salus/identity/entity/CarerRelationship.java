package health.salus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A family member or friend who cares for a patient. The relation alone grants nothing: what the
 * carer may see is decided by the patient's consent.
 */
@Entity
@Table(name = "carer_relationship")
@NamedQuery(
    name = CarerRelationship.BY_CARER,
    query = "SELECT c FROM CarerRelationship c WHERE c.carer.id = :accountId ORDER BY c.id")
public class CarerRelationship {

  public static final String BY_CARER = "CarerRelationship.byCarer";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "carer_account_id")
  private UserAccount carer;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false)
  private String relationship;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CarerRelationship() {}

  public CarerRelationship(
      UserAccount carer, Patient patient, String relationship, Instant createdAt) {
    this.carer = carer;
    this.patient = patient;
    this.relationship = relationship;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getCarer() {
    return carer;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getRelationship() {
    return relationship;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
