package health.salus.community.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the connections an author chose to read a status update with the audience CHOSEN. */
@Entity
@Table(name = "status_update_reader")
public class ChosenReader {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "update_id")
  private StatusUpdate update;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reader_id")
  private UserAccount reader;

  protected ChosenReader() {}

  public ChosenReader(StatusUpdate update, UserAccount reader) {
    this.update = update;
    this.reader = reader;
  }

  public StatusUpdate getUpdate() {
    return update;
  }

  public UserAccount getReader() {
    return reader;
  }
}
