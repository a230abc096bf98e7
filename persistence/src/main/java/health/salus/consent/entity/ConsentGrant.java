package health.salus.consent.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A patient's consent that another account (the grantee) may see some categories of their record
 * until a moment, and with {@code actFor} also act for them (book, cancel, ask for refills). It is
 * never deleted: revoking it ends it at once and keeps it in the patient's list; an expired grant
 * gives nothing, though nothing is written when it expires ({@link #statusAt}).
 */
@Entity
@Table(name = "consent_grant")
@NamedQuery(
    name = ConsentGrant.OF_PATIENT,
    query =
        "SELECT g FROM ConsentGrant g WHERE g.patient.id = :patientId"
            + " ORDER BY g.grantedAt DESC, g.id DESC")
@NamedQuery(
    name = ConsentGrant.ACTIVE_FOR_GRANTEE,
    query =
        "SELECT g FROM ConsentGrant g WHERE g.grantee.id = :accountId"
            + " AND g.revokedAt IS NULL AND g.validUntil > :now"
            + " ORDER BY g.validUntil, g.id")
public class ConsentGrant {

  /** A patient's grants, newest first. */
  public static final String OF_PATIENT = "ConsentGrant.ofPatient";

  /** The grants an account holds that are active now ({@code :now}), ending soonest first. */
  public static final String ACTIVE_FOR_GRANTEE = "ConsentGrant.activeForGrantee";

  /**
   * The furthest end a grant may have: far enough for a lifetime, and a date every database holds.
   */
  static final Duration LONGEST = Duration.ofDays(100 * 366);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "grantee_id")
  private UserAccount grantee;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consent_grant_category", joinColumns = @JoinColumn(name = "grant_id"))
  @Column(name = "category")
  @Enumerated(EnumType.STRING)
  private Set<ConsentCategory> categories = new HashSet<>();

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "act_for", nullable = false)
  private boolean actFor;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @ManyToOne
  @JoinColumn(name = "revoked_by")
  private UserAccount revokedBy;

  @Version private long version;

  protected ConsentGrant() {}

  /**
   * The patient grants the grantee these categories until {@code validUntil}. Refused when no
   * category is given (400), when the end is missing, not in the future or more than about 100
   * years ahead (400), or when the grantee is the patient's own account (422).
   */
  public ConsentGrant(
      Patient patient,
      UserAccount grantee,
      Collection<ConsentCategory> categories,
      Instant validUntil,
      boolean actFor,
      Clock clock) {
    if (categories == null
        || categories.isEmpty()
        || categories.stream().anyMatch(Objects::isNull)) {
      throw Refusal.invalid("categories", "consent.categoriesRequired");
    }
    Instant now = clock.instant();
    if (validUntil == null || !validUntil.isAfter(now)) {
      throw Refusal.invalid("validUntil", "consent.validUntilPast");
    }
    if (validUntil.isAfter(now.plus(LONGEST))) {
      throw Refusal.invalid("validUntil", "consent.validUntilTooFar");
    }
    if (sameAccount(patient.getAccount(), grantee)) {
      throw Refusal.rule("consent.notToYourself");
    }
    this.patient = patient;
    this.grantee = grantee;
    this.categories = EnumSet.copyOf(categories);
    this.validUntil = validUntil;
    this.actFor = actFor;
    this.grantedAt = now;
  }

  private static boolean sameAccount(UserAccount own, UserAccount grantee) {
    return own == grantee
        || (own != null && own.getId() != null && own.getId().equals(grantee.getId()));
  }

  /**
   * The patient revokes the grant: it gives nothing from now on. True when this ended it; false
   * when it was revoked already (revoking again changes nothing). An expired grant may be revoked
   * too: it then shows as revoked.
   */
  public boolean revoke(UserAccount by, Clock clock) {
    if (revokedAt != null) {
      return false;
    }
    this.revokedAt = clock.instant();
    this.revokedBy = by;
    return true;
  }

  /** Whether the grant gives anything at this moment: not revoked and its end not yet reached. */
  public boolean activeAt(Instant at) {
    return revokedAt == null && at.isBefore(validUntil);
  }

  /** The status at this moment: revoked wins over expired. */
  public ConsentStatus statusAt(Instant at) {
    if (revokedAt != null) {
      return ConsentStatus.REVOKED;
    }
    return activeAt(at) ? ConsentStatus.ACTIVE : ConsentStatus.EXPIRED;
  }

  /**
   * Whether the grant opens this category at this moment ({@link ConsentCategory#ALL} opens all).
   */
  public boolean opensAt(ConsentCategory category, Instant at) {
    return activeAt(at)
        && (categories.contains(ConsentCategory.ALL) || categories.contains(category));
  }

  /** Whether the grantee may act for the patient at this moment. */
  public boolean letsActForAt(Instant at) {
    return actFor && activeAt(at);
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public UserAccount getGrantee() {
    return grantee;
  }

  /** The categories, in their natural order. */
  public Set<ConsentCategory> getCategories() {
    return categories.isEmpty()
        ? EnumSet.noneOf(ConsentCategory.class)
        : EnumSet.copyOf(categories);
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public boolean isActFor() {
    return actFor;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public UserAccount getRevokedBy() {
    return revokedBy;
  }

  public long getVersion() {
    return version;
  }
}
