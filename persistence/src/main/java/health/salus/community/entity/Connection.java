package health.salus.community.entity;

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
 * Two portal users connected (friends or family): asked for by the requester, pending until the
 * addressee accepts it. Declined or removed connections are deleted, so either may ask again. One
 * per pair, whoever asked ({@link #pairKey}).
 */
@Entity
@Table(name = "sharing_connection")
public class Connection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "requester_id")
  private UserAccount requester;

  @ManyToOne(optional = false)
  @JoinColumn(name = "addressee_id")
  private UserAccount addressee;

  @Column(name = "pair_key", nullable = false, length = 41)
  private String pairKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConnectionStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Version private long version;

  protected Connection() {}

  /** A request to connect; refused (422) to oneself. */
  public Connection(UserAccount requester, UserAccount addressee, Instant at) {
    if (requester.getId().equals(addressee.getId())) {
      throw Refusal.rule("sharing.connectSelf");
    }
    this.requester = requester;
    this.addressee = addressee;
    this.pairKey = pairKey(requester.getId(), addressee.getId());
    this.status = ConnectionStatus.PENDING;
    this.requestedAt = at;
  }

  /** The key of a pair of accounts, the same whichever asked: "lower id:higher id". */
  public static String pairKey(long one, long other) {
    return Math.min(one, other) + ":" + Math.max(one, other);
  }

  /** The addressee accepts; refused (409) when already accepted, (403) for anyone else. */
  public void accept(long accountId, Instant at) {
    if (status != ConnectionStatus.PENDING) {
      throw Refusal.conflict("sharing.alreadyConnected");
    }
    if (addressee.getId() != accountId) {
      throw Refusal.rule("sharing.notAskedOfYou");
    }
    status = ConnectionStatus.ACCEPTED;
    acceptedAt = at;
  }

  /** Whether this account is one of the two. */
  public boolean involves(long accountId) {
    return requester.getId() == accountId || addressee.getId() == accountId;
  }

  /** The other one of the two, seen from this account. */
  public UserAccount other(long accountId) {
    return requester.getId() == accountId ? addressee : requester;
  }

  public boolean isAccepted() {
    return status == ConnectionStatus.ACCEPTED;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getRequester() {
    return requester;
  }

  public UserAccount getAddressee() {
    return addressee;
  }

  public ConnectionStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
