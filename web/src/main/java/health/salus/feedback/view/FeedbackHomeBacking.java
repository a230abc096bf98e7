package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintDashboard;
import health.salus.feedback.boundary.ComplaintOverview;
import health.salus.feedback.boundary.FeedbackTile;
import health.salus.feedback.boundary.SatisfactionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home tiles: the patient's open invitations and the NPS question; staff's open complaints. */
@Named
@RequestScoped
public class FeedbackHomeBacking {

  @Inject SatisfactionService satisfaction;
  @Inject ComplaintOverview overview;

  private FeedbackTile tile;
  private ComplaintDashboard dashboard;

  /** The patient's tile, read once a request in one call. */
  private FeedbackTile tile() {
    if (tile == null) {
      tile = satisfaction.homeTile(null);
    }
    return tile;
  }

  public int getToRate() {
    return tile().toRate();
  }

  public boolean isNpsDue() {
    return tile().nps().due();
  }

  public ComplaintDashboard getDashboard() {
    if (dashboard == null) {
      dashboard = overview.dashboard();
    }
    return dashboard;
  }

  /** Open items in all. */
  public long getOpen() {
    return getDashboard().openByStatus().values().stream().mapToLong(Long::longValue).sum();
  }
}
