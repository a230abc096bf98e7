package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintDashboard;
import health.salus.feedback.boundary.ComplaintOverview;
import health.salus.feedback.boundary.NpsStatus;
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

  private Integer toRate;
  private NpsStatus nps;
  private ComplaintDashboard dashboard;

  public int getToRate() {
    if (toRate == null) {
      toRate = satisfaction.openInvitations(null).size();
    }
    return toRate;
  }

  public boolean isNpsDue() {
    if (nps == null) {
      nps = satisfaction.npsStatus(null);
    }
    return nps.due();
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
