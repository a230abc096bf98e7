package health.salus.education.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer a quiz question offers, in English and Chinese; whether it is the right one. */
@Entity
@Table(name = "edu_quiz_option")
public class QuizOption {

  /** An option as the educator writes it. */
  public record Draft(String textEn, String textZh, boolean correct) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id")
  private QuizQuestion question;

  @Column(nullable = false)
  private int position;

  @Column(name = "text_en", nullable = false, length = 300)
  private String textEn;

  @Column(name = "text_zh", nullable = false, length = 300)
  private String textZh;

  @Column(nullable = false)
  private boolean correct;

  protected QuizOption() {}

  QuizOption(QuizQuestion question, int position, Draft draft) {
    this.question = question;
    this.position = position;
    this.textEn = Texts.required(draft.textEn(), "options", 300);
    this.textZh = Texts.required(draft.textZh(), "options", 300);
    this.correct = draft.correct();
  }

  public String textIn(ContentLanguage language) {
    return language == ContentLanguage.ZH_HANS ? textZh : textEn;
  }

  public Long getId() {
    return id;
  }

  public QuizQuestion getQuestion() {
    return question;
  }

  public int getPosition() {
    return position;
  }

  public boolean isCorrect() {
    return correct;
  }
}
