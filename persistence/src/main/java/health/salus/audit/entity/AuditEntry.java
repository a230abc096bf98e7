package health.salus.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the append-only audit trail: who, acting for whom, did what to which object, with
 * what outcome, when, why and from where. Immutable once written: no setters, no updates.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private String actor;

  @Column(name = "on_behalf_of", updatable = false)
  private String onBehalfOf;

  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "object_type", updatable = false)
  private String objectType;

  @Column(name = "object_id", updatable = false)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditOutcome outcome;

  @Column(updatable = false)
  private String purpose;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Column(updatable = false)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String onBehalfOf,
      Long patientId,
      String action,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String purpose,
      String clientAddress,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = truncate(actor, 64);
    this.onBehalfOf = truncate(onBehalfOf, 64);
    this.patientId = patientId;
    this.action = truncate(action, 64);
    this.objectType = truncate(objectType, 64);
    this.objectId = truncate(objectId, 64);
    this.outcome = outcome;
    this.purpose = truncate(purpose, 500);
    this.clientAddress = truncate(clientAddress, 64);
    this.detail = truncate(detail, 1000);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getOnBehalfOf() {
    return onBehalfOf;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getDetail() {
    return detail;
  }
}
