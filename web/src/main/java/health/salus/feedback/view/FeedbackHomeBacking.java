package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintDashboard;
import health.salus.feedback.boundary.ComplaintOverview;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Staff's home tile: the open complaints. (A patient's feedback tile comes with the rest of their
 * home page: home.boundary.PatientHomeService.)
 */
@Named
@ApplicationScoped
public class FeedbackHomeBacking {

  @Inject ComplaintOverview overview;

  public ComplaintDashboard getDashboard() {
    return RequestMemo.of("feedback.complaints", overview::dashboard);
  }

  /** Open items in all. */
  public long getOpen() {
    return getDashboard().openByStatus().values().stream().mapToLong(Long::longValue).sum();
  }
}
