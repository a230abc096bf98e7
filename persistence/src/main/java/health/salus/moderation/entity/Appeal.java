package health.salus.moderation.entity;

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
 * A member's appeal of a moderator's action on them (their post or comment hidden or removed, or a
 * sanction), with what they want the moderators to know; decided once, upheld or rejected, with a
 * reason. One appeal per action (the table's key).
 */
@Entity
@Table(name = "moderation_appeal")
public class Appeal {

  public static final int STATEMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_id")
  private ModerationAction action;

  @ManyToOne(optional = false)
  @JoinColumn(name = "appellant_id")
  private UserAccount appellant;

  @Column(nullable = false)
  private String statement;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppealStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @ManyToOne
  @JoinColumn(name = "decided_by_id")
  private UserAccount decidedBy;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Version private long version;

  protected Appeal() {}

  /** The member it was done to appeals it, saying why (400 without). */
  public Appeal(ModerationAction action, UserAccount appellant, String statement, Instant at) {
    if (statement == null || statement.isBlank()) {
      throw Refusal.invalid("statement", "moderation.statementRequired");
    }
    if (statement.strip().length() > STATEMENT_MAX) {
      throw Refusal.invalid("statement", "community.textTooLong", STATEMENT_MAX);
    }
    this.action = action;
    this.appellant = appellant;
    this.statement = statement.strip();
    this.status = AppealStatus.OPEN;
    this.createdAt = at;
  }

  /** A moderator decides it, with a reason; decided already: 409. */
  public void decide(boolean upheld, String reason, UserAccount by, Instant at) {
    if (status != AppealStatus.OPEN) {
      throw Refusal.conflict("moderation.appealDecided");
    }
    this.status = upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public ModerationAction getAction() {
    return action;
  }

  public UserAccount getAppellant() {
    return appellant;
  }

  public String getStatement() {
    return statement;
  }

  public AppealStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public UserAccount getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionReason() {
    return decisionReason;
  }
}
