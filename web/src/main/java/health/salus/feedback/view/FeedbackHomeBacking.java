package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintDashboard;
import health.salus.feedback.boundary.ComplaintOverview;
import health.salus.feedback.boundary.FeedbackTile;
import health.salus.feedback.boundary.SatisfactionService;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home tiles: the patient's open invitations and the NPS question; staff's open complaints. */
@Named
@ApplicationScoped
public class FeedbackHomeBacking {

  @Inject SatisfactionService satisfaction;
  @Inject ComplaintOverview overview;

  /** The patient's tile, read once a request in one call. */
  private FeedbackTile tile() {
    return RequestMemo.of("feedback.tile", () -> satisfaction.homeTile(null));
  }

  public int getToRate() {
    return tile().toRate();
  }

  public boolean isNpsDue() {
    return tile().nps().due();
  }

  public ComplaintDashboard getDashboard() {
    return RequestMemo.of("feedback.complaints", overview::dashboard);
  }

  /** Open items in all. */
  public long getOpen() {
    return getDashboard().openByStatus().values().stream().mapToLong(Long::longValue).sum();
  }
}
