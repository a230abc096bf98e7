package health.salus.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A patient's private calendar feed. Only the SHA-256 hash of the secret token is stored; a new
 * token replaces the old one (the old URL stops working), a revoked feed answers nothing.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = CalendarFeed.BY_PATIENT,
    query = "SELECT f FROM CalendarFeed f WHERE f.patientId = :patientId")
@NamedQuery(
    name = CalendarFeed.ACTIVE_SINCE,
    query =
        "SELECT f.createdAt FROM CalendarFeed f WHERE f.patientId = :patientId"
            + " AND f.revokedAt IS NULL")
@NamedQuery(
    name = CalendarFeed.BY_TOKEN_HASH,
    query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :tokenHash AND f.revokedAt IS NULL")
public class CalendarFeed {

  public static final String BY_PATIENT = "CalendarFeed.byPatient";

  /** When the patient's feed was made, if it is active: the status alone, no entity read. */
  public static final String ACTIVE_SINCE = "CalendarFeed.activeSince";

  public static final String BY_TOKEN_HASH = "CalendarFeed.activeByTokenHash";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private long patientId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected CalendarFeed() {}

  public CalendarFeed(long patientId, String tokenHash, Instant now) {
    this.patientId = patientId;
    replaceToken(tokenHash, now);
  }

  /** A new secret: the feed is active again under the new token only. */
  public void replaceToken(String tokenHash, Instant now) {
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.revokedAt = null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getPatientId() {
    return patientId;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
