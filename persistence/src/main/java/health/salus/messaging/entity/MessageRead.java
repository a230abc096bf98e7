package health.salus.messaging.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a reader (on a side) opened a message, and when: once per message and reader. */
@Entity
@Table(name = "message_read")
public class MessageRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "message_id")
  private Message message;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reader_account_id")
  private UserAccount reader;

  @Enumerated(EnumType.STRING)
  @Column(name = "reader_side", nullable = false)
  private MessageSide readerSide;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected MessageRead() {}

  public MessageRead(Message message, UserAccount reader, MessageSide side, Instant at) {
    this.message = message;
    this.reader = reader;
    this.readerSide = side;
    this.readAt = at;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
  }

  public UserAccount getReader() {
    return reader;
  }

  public MessageSide getReaderSide() {
    return readerSide;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
