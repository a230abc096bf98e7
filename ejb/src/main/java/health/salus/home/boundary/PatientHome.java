package health.salus.home.boundary;

import health.salus.billing.boundary.Balance;
import health.salus.feedback.boundary.FeedbackTile;
import health.salus.prescriptions.boundary.RefillRequestView;
import health.salus.scheduling.boundary.NextAppointment;
import java.util.List;

/**
 * A patient's home page, read in one call: the next live appointment (null when none), what is
 * still to pay, the refill requests decided lately (newest first), the feedback tile and how many
 * messages are unread.
 */
public record PatientHome(
    NextAppointment next,
    Balance balance,
    List<RefillRequestView> decided,
    FeedbackTile feedback,
    long unreadMessages) {

  public PatientHome {
    decided = List.copyOf(decided);
  }
}
