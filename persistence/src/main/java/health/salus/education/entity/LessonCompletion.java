package health.salus.education.entity;

import health.salus.identity.entity.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson a patient completed: its quiz passed with this score, once per patient and lesson. */
@Entity
@Table(name = "edu_lesson_completion")
public class LessonCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lesson_id")
  private Lesson lesson;

  @Column(nullable = false)
  private int score;

  @Column(name = "out_of", nullable = false)
  private int outOf;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected LessonCompletion() {}

  public LessonCompletion(Patient patient, Lesson lesson, int score, int outOf, Instant at) {
    this.patient = patient;
    this.lesson = lesson;
    this.score = score;
    this.outOf = outOf;
    this.completedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public int getScore() {
    return score;
  }

  public int getOutOf() {
    return outOf;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
