package health.salus.education.entity;

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
import java.util.List;
import java.util.Optional;

/**
 * One lesson of a programme, at its place in the programme: its title and its variants (one per
 * reading level, language and format) and its quiz questions in order.
 */
@Entity
@Table(name = "edu_lesson")
public class Lesson {

  /** The most questions a quiz has. */
  public static final int QUESTIONS_MAX = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @OneToMany(mappedBy = "lesson")
  @OrderBy("level, language, format")
  private List<LessonVariant> variants = new ArrayList<>();

  @OneToMany(mappedBy = "lesson")
  @OrderBy("position")
  private List<QuizQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected Lesson() {}

  Lesson(Programme programme, int position, String title) {
    this.programme = programme;
    this.position = position;
    this.title = Texts.required(title, "title", 200);
  }

  public void rename(String newTitle) {
    this.title = Texts.required(newTitle, "title", 200);
  }

  /**
   * Writes the variant of this level, language and format: a new one, or the existing one changed.
   * The grade is the readability the caller measured (null for Chinese).
   */
  public LessonVariant write(VariantText text, Double grade, Instant at) {
    if (text == null || text.level() == null || text.language() == null || text.format() == null) {
      throw Refusal.invalid("level", "education.variantKeyRequired");
    }
    Optional<LessonVariant> existing = variant(text.level(), text.language(), text.format());
    if (existing.isPresent()) {
      existing.get().revise(text, grade, at);
      return existing.get();
    }
    LessonVariant variant = new LessonVariant(this, text, grade, at);
    variants.add(variant);
    return variant;
  }

  public Optional<LessonVariant> variant(
      ReadingLevel level, ContentLanguage language, ContentFormat format) {
    return variants.stream()
        .filter(
            v -> v.getLevel() == level && v.getLanguage() == language && v.getFormat() == format)
        .findFirst();
  }

  /** A new quiz question at the end, with its options (at least two, exactly one correct). */
  public QuizQuestion addQuestion(String textEn, String textZh, List<QuizOption.Draft> options) {
    if (questions.size() >= QUESTIONS_MAX) {
      throw Refusal.rule("education.tooManyQuestions", QUESTIONS_MAX);
    }
    QuizQuestion question = new QuizQuestion(this, questions.size() + 1, textEn, textZh, options);
    questions.add(question);
    return question;
  }

  public Long getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public List<LessonVariant> getVariants() {
    return List.copyOf(variants);
  }

  public List<QuizQuestion> getQuestions() {
    return List.copyOf(questions);
  }

  public long getVersion() {
    return version;
  }
}
