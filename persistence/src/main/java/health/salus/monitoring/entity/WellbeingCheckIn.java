package health.salus.monitoring.entity;

import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A patient's answers to the WHO-5 Well-Being Index (WHO, 1998), scored as published: five
 * statements about the last two weeks, each answered from 0 ("at no time") to 5 ("all of the
 * time"); the raw score is their sum (0..25) and the percentage score is the raw score times 4. A
 * percentage of 50 or less suggests poor wellbeing (and screening for depression): {@link
 * #isLow()}. Taken at most once a week ({@link #INTERVAL}).
 */
@Entity
@Table(name = "wellbeing_check_in")
public class WellbeingCheckIn {

  /** The number of WHO-5 statements. */
  public static final int ITEMS = 5;

  /** The highest answer to a statement ("all of the time"). */
  public static final int MAX_ANSWER = 5;

  /** A percentage at or below this is low wellbeing. */
  public static final int LOW_PERCENT = 50;

  /** How long after a check-in the next one may be taken. */
  public static final Duration INTERVAL = Duration.ofDays(7);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  private int answer1;
  private int answer2;
  private int answer3;
  private int answer4;
  private int answer5;

  @Column(name = "raw_score", nullable = false)
  private int rawScore;

  @Column(nullable = false)
  private int percent;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  protected WellbeingCheckIn() {}

  public WellbeingCheckIn(Patient patient, List<Integer> answers, Instant takenAt) {
    this.rawScore = rawScore(answers);
    this.percent = percent(rawScore);
    this.patient = patient;
    this.answer1 = answers.get(0);
    this.answer2 = answers.get(1);
    this.answer3 = answers.get(2);
    this.answer4 = answers.get(3);
    this.answer5 = answers.get(4);
    this.takenAt = takenAt;
  }

  /** The WHO-5 raw score: the sum of five answers, each 0..5; anything else is refused (400). */
  public static int rawScore(List<Integer> answers) {
    if (answers == null
        || answers.size() != ITEMS
        || answers.stream().anyMatch(a -> a == null || a < 0 || a > MAX_ANSWER)) {
      throw Refusal.invalid("answers", "monitoring.who5Answers");
    }
    return answers.stream().mapToInt(Integer::intValue).sum();
  }

  /** The WHO-5 percentage score: the raw score times 4 (0..100). */
  public static int percent(int rawScore) {
    return rawScore * 4;
  }

  /** Whether the score is 50 % or less. */
  public boolean isLow() {
    return percent <= LOW_PERCENT;
  }

  /** When the patient may check in again. */
  public Instant nextAllowedAt() {
    return takenAt.plus(INTERVAL);
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public List<Integer> getAnswers() {
    return List.of(answer1, answer2, answer3, answer4, answer5);
  }

  public int getRawScore() {
    return rawScore;
  }

  public int getPercent() {
    return percent;
  }

  public Instant getTakenAt() {
    return takenAt;
  }
}
