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
 * An account's place in a group: active or pending approval, whether they moderate the group, and
 * their trust (posts approved, flags upheld against them). A member is trusted, and posts publish
 * at once, once {@link #TRUSTED_AFTER} of their posts were approved and they have fewer upheld
 * flags than approved posts.
 */
@Entity
@Table(name = "group_membership")
public class Membership {

  /** How many approved posts make a member trusted (their first posts are held until then). */
  public static final int TRUSTED_AFTER = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private SupportGroup group;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MembershipStatus status;

  @Column(nullable = false)
  private boolean moderator;

  @Column(name = "approved_posts", nullable = false)
  private int approvedPosts;

  @Column(name = "upheld_flags", nullable = false)
  private int upheldFlags;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Version private long version;

  protected Membership() {}

  /** A request to join: active at once in an open group, pending in a private one. */
  public Membership(SupportGroup group, UserAccount account, Instant at) {
    this.group = group;
    this.account = account;
    this.status = group.isOpen() ? MembershipStatus.ACTIVE : MembershipStatus.PENDING;
    this.joinedAt = at;
  }

  /** A member the provider names: active, optionally a group moderator, with earned trust. */
  public static Membership established(
      SupportGroup group, UserAccount account, boolean moderator, int approvedPosts, Instant at) {
    Membership member = new Membership(group, account, at);
    member.status = MembershipStatus.ACTIVE;
    member.moderator = moderator;
    member.approvedPosts = approvedPosts;
    return member;
  }

  /** A group moderator admits a pending member. */
  public void approve() {
    if (status != MembershipStatus.PENDING) {
      throw Refusal.conflict("community.memberAlreadyActive");
    }
    status = MembershipStatus.ACTIVE;
  }

  /**
   * The provider names this account a moderator of the group: staff at once (a pending request is
   * let in), a member only when active and trusted (else 422).
   */
  public void nameModerator(boolean staff) {
    if (!staff && !(isActive() && isTrusted())) {
      throw Refusal.rule("community.moderatorNotTrusted");
    }
    status = MembershipStatus.ACTIVE;
    moderator = true;
  }

  /** The account no longer moderates the group (stays a member). */
  public void standDown() {
    moderator = false;
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  /** Whether this member's posts publish at once (else they are held for review). */
  public boolean isTrusted() {
    return moderator || (approvedPosts >= TRUSTED_AFTER && upheldFlags < approvedPosts);
  }

  /** A moderator approved one of this member's held posts. */
  public void postApproved() {
    approvedPosts++;
  }

  /** A moderator upheld flags on one of this member's posts (hid or removed it). */
  public void flagUpheld() {
    upheldFlags++;
  }

  public Long getId() {
    return id;
  }

  public SupportGroup getGroup() {
    return group;
  }

  public UserAccount getAccount() {
    return account;
  }

  public MembershipStatus getStatus() {
    return status;
  }

  public boolean isModerator() {
    return moderator;
  }

  public int getApprovedPosts() {
    return approvedPosts;
  }

  public int getUpheldFlags() {
    return upheldFlags;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
