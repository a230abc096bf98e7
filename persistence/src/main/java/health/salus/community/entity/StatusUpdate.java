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
 * A health-status update a patient or carer shares: a Markdown text, an optional wellbeing level
 * ({@link #WELLBEING_MIN} very poor to {@link #WELLBEING_MAX} very good), and its {@link Audience}
 * (only the author until they choose otherwise). A GROUP audience names its group; a CHOSEN one
 * keeps its readers as {@link ChosenReader}s. The author changes the audience or deletes it.
 * Screened and moderated as posts are ({@link ModeratedContent}): held, flagged or hidden, it is
 * seen by its author only until a moderator publishes it again.
 */
@Entity
@Table(name = "status_update")
public class StatusUpdate extends ModeratedContent {

  public static final int TEXT_MAX = 2000;
  public static final int WELLBEING_MIN = 1;
  public static final int WELLBEING_MAX = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(nullable = false, length = TEXT_MAX)
  private String body;

  private Integer wellbeing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  @ManyToOne
  @JoinColumn(name = "group_id")
  private SupportGroup group;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Version private long version;

  protected StatusUpdate() {}

  /**
   * A new update, seen by its author only; refused (400) without text, with too long a text or a
   * wellbeing level out of range.
   */
  public StatusUpdate(UserAccount author, String body, Integer wellbeing, Instant at) {
    this.author = author;
    this.body = Post.text("text", body, TEXT_MAX);
    if (wellbeing != null && (wellbeing < WELLBEING_MIN || wellbeing > WELLBEING_MAX)) {
      throw Refusal.invalid("wellbeing", "sharing.wellbeingRange", WELLBEING_MIN, WELLBEING_MAX);
    }
    this.wellbeing = wellbeing;
    this.audience = Audience.ONLY_ME;
    this.createdAt = at;
  }

  /**
   * Shares the update with another audience; {@code group} only with GROUP (required there, 422
   * without). The caller keeps the chosen readers of a CHOSEN audience.
   */
  public void shareWith(Audience newAudience, SupportGroup newGroup, Instant at) {
    if (newAudience == Audience.GROUP && newGroup == null) {
      throw Refusal.rule("sharing.groupRequired");
    }
    this.audience = newAudience;
    this.group = newAudience == Audience.GROUP ? newGroup : null;
    if (createdAt.isBefore(at)) {
      this.editedAt = at;
    }
  }

  @Override
  protected String refusalPrefix() {
    return "community";
  }

  public boolean isBy(long accountId) {
    return author.getId() == accountId;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Integer getWellbeing() {
    return wellbeing;
  }

  public Audience getAudience() {
    return audience;
  }

  public SupportGroup getGroup() {
    return group;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}
