package health.salus.feedback.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
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

/**
 * A patient's answer to "How likely are you to recommend us to a friend or family member?", 0 to
 * 10: 9 and 10 promote, 7 and 8 are passive, 0 to 6 detract. Asked at most once per {@link
 * #INTERVAL}.
 */
@Entity
@Table(name = "feedback_nps")
public class NpsAnswer {

  /** How long after an answer the question is asked again. */
  public static final Duration INTERVAL = Duration.ofDays(90);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false)
  private int score;

  private String comment;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @ManyToOne(optional = false)
  @JoinColumn(name = "answered_by")
  private UserAccount answeredBy;

  protected NpsAnswer() {}

  /** An answer: 0 to 10 (else 400), an optional comment of at most 1000 characters. */
  public NpsAnswer(Patient patient, Integer score, String comment, UserAccount by, Instant at) {
    this.score = FeedbackTexts.score("score", score, 0, 10);
    this.comment = FeedbackTexts.optional("comment", comment, RatingInvitation.COMMENT_MAX);
    this.patient = patient;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  /** Whether the question is due again at {@code now} after an answer given at {@code last}. */
  public static boolean dueAfter(Instant last, Instant now) {
    return last == null || !now.isBefore(last.plus(INTERVAL));
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
