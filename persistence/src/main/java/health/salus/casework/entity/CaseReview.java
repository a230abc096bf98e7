package health.salus.casework.entity;

import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A review of a case due on a day. When it falls due, one server claims it (an update that only
 * succeeds while it is unclaimed, {@link #CLAIM}) and creates the task "Review the case" for the
 * case manager ({@link #taskCreated}); a case of a programme with a review cycle then gets its next
 * review ({@link #next}).
 */
@Entity
@Table(name = "case_review")
@NamedQuery(
    name = CaseReview.CLAIM,
    query =
        "UPDATE CaseReview r SET r.claimedBy = :node, r.claimedAt = :now"
            + " WHERE r.id = :id AND r.claimedBy IS NULL")
public class CaseReview {

  /** Claims an unclaimed review for a server: one row changed for the one that wins. */
  public static final String CLAIM = "CaseReview.claim";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @OneToOne
  @JoinColumn(name = "task_id")
  private CaseTask task;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CaseReview() {}

  /** A review of a case not closed (else 422) due on a day (required, not in the past: 400). */
  public CaseReview(CareCase careCase, LocalDate dueOn, LocalDate today, Instant at) {
    careCase.requireNotClosed();
    if (dueOn == null || dueOn.isBefore(today)) {
      throw Refusal.invalid("dueOn", "casework.reviewDue.notPast");
    }
    this.careCase = careCase;
    this.dueOn = dueOn;
    this.createdAt = at;
  }

  /**
   * The first review of a new case of a programme with a review cycle, one cycle after it opens.
   */
  public static Optional<CaseReview> first(CareCase careCase, LocalDate today, Instant at) {
    return careCase
        .getProgramme()
        .reviewCycle()
        .map(p -> new CaseReview(careCase, today.plus(p), today, at));
  }

  /** The review one cycle after this one, for a programme with a review cycle. */
  public Optional<CaseReview> next(LocalDate today, Instant at) {
    Optional<Period> cycle = careCase.getProgramme().reviewCycle();
    if (cycle.isEmpty() || careCase.getStatus() == CaseStatus.CLOSED) {
      return Optional.empty();
    }
    LocalDate after = dueOn.plus(cycle.get());
    while (after.isBefore(today)) {
      after = after.plus(cycle.get());
    }
    return Optional.of(new CaseReview(careCase, after, today, at));
  }

  /** The "Review the case" task made for this review, by the server that claimed it. */
  public CaseTask taskCreated(Instant at) {
    if (task != null) {
      throw Refusal.conflict("casework.reviewTaskExists");
    }
    task =
        new CaseTask(
            careCase,
            "Review the case",
            dueOn,
            careCase.getCaseManager(),
            TaskPriority.HIGH,
            careCase.getCaseManager(),
            at);
    return task;
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public CaseTask getTask() {
    return task;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
