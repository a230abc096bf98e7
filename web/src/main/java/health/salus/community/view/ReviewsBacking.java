package health.salus.community.view;

import health.salus.community.boundary.Created;
import health.salus.community.boundary.NewReply;
import health.salus.community.boundary.NewReview;
import health.salus.community.boundary.ReviewList;
import health.salus.community.boundary.ReviewService;
import health.salus.community.boundary.ReviewView;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reviews of a practitioner ({@code ?practitioner=}) or of a site ({@code ?site=}): the average
 * and count, the published reviews with staff's replies, the caller's own review (with its status
 * and the moderator's note) and its form, the form to write one for a patient seen there, and a
 * reply form for staff on each review they may answer.
 */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewService reviews;

  private Long practitioner;
  private Long site;
  private int page;
  private ReviewList list;
  private Integer rating;
  private String body;
  private final Map<Long, String> replies = new HashMap<>();
  private final PersonalDetailsWarning warning = new PersonalDetailsWarning();

  public void load() throws IOException {
    PageAction.read(
        () -> {
          if (practitioner != null) {
            list = reviews.ofPractitioner(practitioner, page, 20);
          } else if (site != null) {
            list = reviews.ofSite(site, page, 20);
          } else {
            throw new health.salus.shared.boundary.NotFoundException("review.subjectNotFound");
          }
          ReviewView mine = list.mine();
          if (mine != null && rating == null) {
            rating = mine.rating();
            body = mine.body();
          }
        });
  }

  /** This page's address, on its first page of reviews. */
  public String getSelf() {
    return "/community/reviews.xhtml?"
        + (practitioner != null ? "practitioner=" + practitioner : "site=" + site);
  }

  /** The patient writes their review (or, having one, changes it). */
  public void save() throws IOException {
    ReviewView mine = list.mine();
    NewReview given = new NewReview(rating, body, warning.isConfirmed());
    Supplier<Created> call =
        mine != null
            ? () -> reviews.edit(mine.id(), given)
            : practitioner != null
                ? () -> reviews.reviewPractitioner(practitioner, given)
                : () -> reviews.reviewSite(site, given);
    Created[] created = new Created[1];
    if (PageAction.attempt(warning.watching(() -> created[0] = call.get()), "write", Map.of())) {
      if (created[0].crisisSupport()) {
        PageAction.redirect("/community/support.xhtml");
        return;
      }
      PageMessages.flashInfo(
          created[0].status().equals("PUBLISHED") ? "review.saved" : "review.savedHeld");
      PageAction.redirect(getSelf());
    }
  }

  /** Staff reply to one review. */
  public void reply(ReviewView review) throws IOException {
    PageAction.change(
        () -> reviews.reply(review.id(), new NewReply(replies.get(review.id()))),
        "reply-" + review.id(),
        getSelf(),
        "review.replied");
  }

  /** Whether the write form shows: a patient seen here who has no review, or their own. */
  public boolean isWriting() {
    return list != null && (list.mayWrite() || list.mine() != null);
  }

  public boolean isPreviousPage() {
    return page > 0;
  }

  public boolean isNextPage() {
    return list != null && (long) (page + 1) * list.size() < list.total();
  }

  public List<Integer> getRatings() {
    return List.of(5, 4, 3, 2, 1);
  }

  public ReviewList getList() {
    return list;
  }

  public PersonalDetailsWarning getWarning() {
    return warning;
  }

  public Map<Long, String> getReplies() {
    return replies;
  }

  public Long getPractitioner() {
    return practitioner;
  }

  public void setPractitioner(Long practitioner) {
    this.practitioner = practitioner;
  }

  public Long getSite() {
    return site;
  }

  public void setSite(Long site) {
    this.site = site;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(page, 0);
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
