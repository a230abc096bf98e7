package health.salus.community.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A patient's review of a practitioner or of a site: a rating from 1 to 5 and a text. Moderated as
 * a post is (held for review, hidden by flags, approved, hidden, removed or restored with a reason
 * the author sees); only published reviews count in the average. Staff answer it publicly once
 * ({@link #reply}). One per patient and subject (held by the database's keys): the author changes
 * it instead ({@link #edit}).
 */
@Entity
@Table(name = "service_review")
public class ServiceReview extends ModeratedContent {

  public static final int BODY_MAX = 2000;
  public static final int REPLY_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @ManyToOne
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(nullable = false)
  private int rating;

  @Column(nullable = false)
  private String body;

  @Column(name = "reply_body")
  private String replyBody;

  @ManyToOne
  @JoinColumn(name = "reply_author_id")
  private UserAccount replyAuthor;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Version private long version;

  protected ServiceReview() {}

  private ServiceReview(
      UserAccount author,
      Patient patient,
      Practitioner practitioner,
      Site site,
      Integer rating,
      String body,
      Instant at) {
    this.author = author;
    this.patient = patient;
    this.practitioner = practitioner;
    this.site = site;
    this.rating = rating(rating);
    this.body = Post.text("body", body, BODY_MAX);
    this.createdAt = at;
  }

  /** A new, published review of a practitioner; 400 for a rating outside 1–5 or a bad text. */
  public static ServiceReview ofPractitioner(
      UserAccount author,
      Patient patient,
      Practitioner practitioner,
      Integer rating,
      String body,
      Instant at) {
    return new ServiceReview(author, patient, practitioner, null, rating, body, at);
  }

  /** A new, published review of a site; 400 for a rating outside 1–5 or a bad text. */
  public static ServiceReview ofSite(
      UserAccount author, Patient patient, Site site, Integer rating, String body, Instant at) {
    return new ServiceReview(author, patient, null, site, rating, body, at);
  }

  private static int rating(Integer rating) {
    if (rating == null || rating < 1 || rating > 5) {
      throw Refusal.invalid("rating", "review.ratingRange");
    }
    return rating;
  }

  /**
   * The author changes the rating and text; refused (422) once removed. A hidden or held review
   * stays so; the caller screens the new text again.
   */
  public void edit(Integer newRating, String newBody, Instant at) {
    if (isGone()) {
      throw Refusal.rule("review.cannotEdit", getStatus());
    }
    this.rating = rating(newRating);
    this.body = Post.text("body", newBody, BODY_MAX);
    this.editedAt = at;
  }

  /**
   * Staff answer the review publicly, once (409 a second time); 400 without a text or when it is
   * too long; refused (422) on a review that is not published.
   */
  public void reply(UserAccount by, String text, Instant at) {
    String checked = Post.text("body", text, REPLY_MAX);
    if (replyBody != null) {
      throw Refusal.conflict("review.repliedAlready");
    }
    if (!isPublished()) {
      throw Refusal.rule("review.notPublished");
    }
    this.replyBody = checked;
    this.replyAuthor = by;
    this.repliedAt = at;
  }

  /** Whether this account may read it: published, or their own. */
  public boolean visibleTo(Long accountId) {
    return isPublished()
        || (getStatus() != PostStatus.DELETED
            && accountId != null
            && accountId.equals(author.getId()));
  }

  /** The practitioner's or site's name, as the review is about it. */
  public String subjectName() {
    return practitioner != null ? practitioner.getAccount().getFullName() : site.getName();
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public Patient getPatient() {
    return patient;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public Site getSite() {
    return site;
  }

  public int getRating() {
    return rating;
  }

  public String getBody() {
    return body;
  }

  public String getReplyBody() {
    return replyBody;
  }

  public UserAccount getReplyAuthor() {
    return replyAuthor;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  @Override
  protected String refusalPrefix() {
    return "review";
  }

  public long getVersion() {
    return version;
  }
}
