package health.salus.education.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A health education programme ("Living well with type 2 diabetes"): its title (English, and
 * Chinese when written), a topic, a summary, the words of a condition it is for (matched against
 * the names and codes of a patient's active conditions), an optional lowest age it is meant for,
 * and its lessons in order.
 */
@Entity
@Table(name = "edu_programme")
public class Programme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "title_zh", length = 200)
  private String titleZh;

  @Column(nullable = false, length = 40)
  private String topic;

  @Column(nullable = false, length = 1000)
  private String summary;

  @Column(name = "condition_terms", nullable = false, length = 500)
  private String conditionTerms;

  @Column(name = "min_age")
  private Integer minAge;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "programme")
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  @Version private long version;

  protected Programme() {}

  public Programme(ProgrammeDetails details, UserAccount createdBy, Instant at) {
    this.createdBy = createdBy;
    this.createdAt = at;
    revise(details);
  }

  /** The educator changes the programme's details; bad ones are refused (400). */
  public void revise(ProgrammeDetails details) {
    if (details == null) {
      throw Refusal.invalid("title", "education.required");
    }
    String newTitle = Texts.required(details.title(), "title", 200);
    String newTitleZh = Texts.optional(details.titleZh(), "titleZh", 200);
    String newTopic = Texts.required(details.topic(), "topic", 40);
    String newSummary = Texts.required(details.summary(), "summary", 1000);
    String terms = Texts.optional(details.conditionTerms(), "conditionTerms", 500);
    if (details.minAge() != null && (details.minAge() < 0 || details.minAge() > 120)) {
      throw Refusal.invalid("minAge", "education.minAge");
    }
    this.title = newTitle;
    this.titleZh = newTitleZh;
    this.topic = newTopic;
    this.summary = newSummary;
    this.conditionTerms = terms == null ? "" : terms.toLowerCase(Locale.ROOT);
    this.minAge = details.minAge();
  }

  /** A new lesson at the end of the programme. */
  public Lesson addLesson(String lessonTitle) {
    int next = lessons.stream().mapToInt(Lesson::getPosition).max().orElse(0) + 1;
    Lesson lesson = new Lesson(this, next, lessonTitle);
    lessons.add(lesson);
    return lesson;
  }

  /** The words of conditions this programme is for, lower case. */
  public List<String> conditionTermList() {
    return Arrays.stream(conditionTerms.split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** The title in this language: the Chinese one when asked and written, else the English. */
  public String titleIn(ContentLanguage language) {
    return language == ContentLanguage.ZH_HANS && titleZh != null ? titleZh : title;
  }

  public ProgrammeDetails details() {
    return new ProgrammeDetails(title, titleZh, topic, summary, conditionTerms, minAge);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public String getTopic() {
    return topic;
  }

  public String getSummary() {
    return summary;
  }

  public String getConditionTerms() {
    return conditionTerms;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Lesson> getLessons() {
    return List.copyOf(lessons);
  }

  public long getVersion() {
    return version;
  }
}
