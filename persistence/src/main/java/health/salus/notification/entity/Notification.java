package health.salus.notification.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message for one person inside Salus ("your appointment was booked"), read or not. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "recipient_account_id")
  private UserAccount recipient;

  @Column(nullable = false)
  private String topic;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      UserAccount recipient,
      String topic,
      String title,
      String body,
      String link,
      Instant createdAt) {
    this.recipient = recipient;
    this.topic = topic;
    this.title = title;
    this.body = body;
    this.link = link;
    this.createdAt = createdAt;
  }

  /** Marks it read (the first time only). */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getRecipient() {
    return recipient;
  }

  public String getTopic() {
    return topic;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
