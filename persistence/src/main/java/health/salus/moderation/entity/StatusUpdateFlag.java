package health.salus.moderation.entity;

import health.salus.community.entity.StatusUpdate;
import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A flag on a health-status update: the system's, for a flagging watched word. */
@Entity
@Table(name = "status_update_flag")
public class StatusUpdateFlag extends ContentFlag {

  @ManyToOne(optional = false)
  @JoinColumn(name = "update_id")
  private StatusUpdate update;

  protected StatusUpdateFlag() {}

  public StatusUpdateFlag(
      StatusUpdate update, UserAccount flagger, FlagReason reason, String comment, Instant at) {
    super(flagger, reason, comment, at);
    this.update = update;
  }

  public StatusUpdate getUpdate() {
    return update;
  }
}
