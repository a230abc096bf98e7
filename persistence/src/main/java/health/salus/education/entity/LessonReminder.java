package health.salus.education.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The reminder a patient got about an unfinished lesson: one per stall, that is per enrolment, next
 * lesson and number of lessons done (the database's unique key), so finishing a lesson and stalling
 * again earns a new one and waiting longer does not.
 */
@Entity
@Table(name = "edu_lesson_reminder")
public class LessonReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrolment_id")
  private Enrolment enrolment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lesson_id")
  private Lesson lesson;

  @Column(name = "lessons_done", nullable = false)
  private int lessonsDone;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(nullable = false, length = 200)
  private String node;

  protected LessonReminder() {}

  public LessonReminder(
      Enrolment enrolment, Lesson lesson, int lessonsDone, Instant sentAt, String node) {
    this.enrolment = enrolment;
    this.lesson = lesson;
    this.lessonsDone = lessonsDone;
    this.sentAt = sentAt;
    this.node = node.length() > 200 ? node.substring(0, 200) : node;
  }

  public Long getId() {
    return id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public int getLessonsDone() {
    return lessonsDone;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
