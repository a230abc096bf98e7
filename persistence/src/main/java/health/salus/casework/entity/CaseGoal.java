package health.salus.casework.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A goal of the case's care plan: what the patient works towards, by when (optional), and its
 * progress rated over time (1 not started .. 10 achieved).
 */
@Entity
@Table(name = "case_goal")
public class CaseGoal {

  public static final int DESCRIPTION_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(nullable = false)
  private String description;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "goal", cascade = CascadeType.PERSIST)
  @OrderBy("ratedAt, id")
  private List<GoalRating> ratings = new ArrayList<>();

  protected CaseGoal() {}

  /** A new goal of a case not closed; the description is required. */
  public CaseGoal(
      CareCase careCase, String description, LocalDate targetDate, UserAccount by, Instant at) {
    careCase.requireNotClosed();
    this.careCase = careCase;
    this.description = Texts.required("description", description, DESCRIPTION_MAX);
    this.targetDate = targetDate;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Rates the goal's progress now: 1..10 (else 400), on a case not closed (else 422). */
  public GoalRating rate(int rating, String comment, UserAccount by, Instant at) {
    careCase.requireNotClosed();
    if (rating < GoalRating.MIN || rating > GoalRating.MAX) {
      throw Refusal.invalid("rating", "casework.ratingRange", GoalRating.MIN, GoalRating.MAX);
    }
    GoalRating made =
        new GoalRating(this, rating, Texts.optional("comment", comment, DESCRIPTION_MAX), by, at);
    ratings.add(made);
    return made;
  }

  /** The latest rating, or null when none yet. */
  public Integer latestRating() {
    return ratings.isEmpty() ? null : ratings.get(ratings.size() - 1).getRating();
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<GoalRating> getRatings() {
    return Collections.unmodifiableList(ratings);
  }
}
