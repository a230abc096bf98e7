package health.salus.moderation.entity;

import health.salus.community.entity.SupportGroup;
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
 * A moderator's sanction on a member, with its reason: a warning, or silenced or suspended until a
 * time; in one group, or (no group) in all. It ends by itself at its time, or when lifted early;
 * whether it holds is asked at the moment of use ({@link #holdsAt}), so no timer is needed.
 */
@Entity
@Table(name = "member_sanction")
public class Sanction {

  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id")
  private UserAccount member;

  @ManyToOne
  @JoinColumn(name = "group_id")
  private SupportGroup group;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SanctionKind kind;

  @Column(nullable = false)
  private String reason;

  @Column(name = "imposed_at", nullable = false)
  private Instant imposedAt;

  @Column(name = "ends_at")
  private Instant until;

  @ManyToOne(optional = false)
  @JoinColumn(name = "moderator_id")
  private UserAccount moderator;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  @ManyToOne
  @JoinColumn(name = "lifted_by_id")
  private UserAccount liftedBy;

  @Version private long version;

  protected Sanction() {}

  /**
   * A new sanction: a reason is required (400); a silence or suspension needs an end in the future
   * (400 without one, 422 when it is not after {@code at}); a warning has no end.
   */
  public Sanction(
      UserAccount member,
      SupportGroup group,
      SanctionKind kind,
      String reason,
      Instant until,
      UserAccount moderator,
      Instant at) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.invalid("reason", "moderation.reasonRequired");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw Refusal.invalid("reason", "community.textTooLong", REASON_MAX);
    }
    if (kind.hasPeriod() && until == null) {
      throw Refusal.invalid("until", "moderation.untilRequired");
    }
    if (kind.hasPeriod() && !until.isAfter(at)) {
      throw Refusal.rule("moderation.untilPast");
    }
    this.member = member;
    this.group = group;
    this.kind = kind;
    this.reason = reason.strip();
    this.until = kind.hasPeriod() ? until : null;
    this.moderator = moderator;
    this.imposedAt = at;
  }

  /** Whether the sanction still restricts the member at this instant (a warning never does). */
  public boolean holdsAt(Instant at) {
    return kind.hasPeriod() && liftedAt == null && at.isBefore(until);
  }

  /** Whether it restricts the member in this group at this instant. */
  public boolean holdsIn(long groupId, Instant at) {
    return holdsAt(at) && (group == null || group.getId() == groupId);
  }

  /** A moderator ends it early; one that no longer holds cannot be lifted (422). */
  public void lift(UserAccount by, Instant at) {
    if (!holdsAt(at)) {
      throw Refusal.rule("moderation.sanctionNotInForce");
    }
    this.liftedAt = at;
    this.liftedBy = by;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getMember() {
    return member;
  }

  public SupportGroup getGroup() {
    return group;
  }

  public SanctionKind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public Instant getImposedAt() {
    return imposedAt;
  }

  public Instant getUntil() {
    return until;
  }

  public UserAccount getModerator() {
    return moderator;
  }

  public Instant getLiftedAt() {
    return liftedAt;
  }

  public UserAccount getLiftedBy() {
    return liftedBy;
  }
}
