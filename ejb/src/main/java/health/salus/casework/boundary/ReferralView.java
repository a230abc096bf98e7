package health.salus.casework.boundary;

import health.salus.casework.entity.Referral;
import health.salus.casework.entity.ReferralStatus;
import java.io.Serializable;
import java.time.Instant;

/** A referral of a case and where it is. */
public record ReferralView(
    long id,
    String toService,
    boolean internal,
    String reason,
    ReferralStatus status,
    String result,
    Instant sentAt,
    Instant acceptedAt,
    Instant completedAt,
    long version)
    implements Serializable {

  static ReferralView of(Referral r) {
    return new ReferralView(
        r.getId(),
        r.getToService(),
        r.isInternal(),
        r.getReason(),
        r.getStatus(),
        r.getResult(),
        r.getSentAt(),
        r.getAcceptedAt(),
        r.getCompletedAt(),
        r.getVersion());
  }

  public boolean acceptable() {
    return status == ReferralStatus.SENT;
  }

  public boolean completable() {
    return status == ReferralStatus.ACCEPTED;
  }
}
