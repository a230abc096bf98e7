package health.salus.casework.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A goal's progress as rated at a moment: 1 (not started) .. 10 (achieved), with a comment. */
@Entity
@Table(name = "case_goal_rating")
public class GoalRating {

  public static final int MIN = 1;
  public static final int MAX = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "goal_id")
  private CaseGoal goal;

  @Column(nullable = false)
  private int rating;

  private String comment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "rated_by")
  private UserAccount ratedBy;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  protected GoalRating() {}

  GoalRating(CaseGoal goal, int rating, String comment, UserAccount ratedBy, Instant ratedAt) {
    this.goal = goal;
    this.rating = rating;
    this.comment = comment;
    this.ratedBy = ratedBy;
    this.ratedAt = ratedAt;
  }

  public Long getId() {
    return id;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public UserAccount getRatedBy() {
    return ratedBy;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }
}
