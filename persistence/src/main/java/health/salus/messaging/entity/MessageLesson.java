package health.salus.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A lesson the care side attached to a message (by id: the lesson belongs to the education feature,
 * which checked it exists), in the order picked.
 */
@Entity
@Table(name = "message_lesson")
public class MessageLesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "message_id")
  private Message message;

  @Column(name = "lesson_id", nullable = false)
  private long lessonId;

  @Column(nullable = false)
  private int position;

  protected MessageLesson() {}

  public MessageLesson(Message message, long lessonId, int position) {
    this.message = message;
    this.lessonId = lessonId;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
  }

  public long getLessonId() {
    return lessonId;
  }

  public int getPosition() {
    return position;
  }
}
