package health.salus.education.entity;

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
import java.util.ArrayList;
import java.util.List;

/** A quiz question of a lesson, in English and Chinese, with 2..6 options of which one is right. */
@Entity
@Table(name = "edu_quiz_question")
public class QuizQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lesson_id")
  private Lesson lesson;

  @Column(nullable = false)
  private int position;

  @Column(name = "text_en", nullable = false, length = 500)
  private String textEn;

  @Column(name = "text_zh", nullable = false, length = 500)
  private String textZh;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<QuizOption> options = new ArrayList<>();

  protected QuizQuestion() {}

  QuizQuestion(
      Lesson lesson, int position, String textEn, String textZh, List<QuizOption.Draft> drafts) {
    this.lesson = lesson;
    this.position = position;
    this.textEn = Texts.required(textEn, "text", 500);
    this.textZh = Texts.required(textZh, "textZh", 500);
    if (drafts == null || drafts.size() < 2 || drafts.size() > 6) {
      throw Refusal.invalid("options", "education.optionsCount");
    }
    if (drafts.stream().filter(QuizOption.Draft::correct).count() != 1) {
      throw Refusal.invalid("options", "education.oneCorrect");
    }
    for (QuizOption.Draft draft : drafts) {
      options.add(new QuizOption(this, options.size() + 1, draft));
    }
  }

  public String textIn(ContentLanguage language) {
    return language == ContentLanguage.ZH_HANS ? textZh : textEn;
  }

  public Long getId() {
    return id;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public int getPosition() {
    return position;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextZh() {
    return textZh;
  }

  public List<QuizOption> getOptions() {
    return List.copyOf(options);
  }
}
