package health.salus.moderation.entity;

import health.salus.community.entity.ServiceReview;
import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A flag on a review of a health service, or the system's (a flagging watched word). */
@Entity
@Table(name = "service_review_flag")
public class ReviewFlag extends ContentFlag {

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id")
  private ServiceReview review;

  protected ReviewFlag() {}

  public ReviewFlag(
      ServiceReview review, UserAccount flagger, FlagReason reason, String comment, Instant at) {
    super(flagger, reason, comment, at);
    this.review = review;
  }

  public ServiceReview getReview() {
    return review;
  }
}
