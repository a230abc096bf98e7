package health.salus.monitoring.view;

import health.salus.monitoring.boundary.AlertView;
import health.salus.monitoring.boundary.CareTeamMonitoringService;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The clinician's Alerts worklist on the home page: the open reading alerts of their patients,
 * newest first, a page at a time, each with a button to acknowledge it.
 */
@Named
@ViewScoped
public class AlertWorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Alerts per page of the worklist. */
  static final int PAGE_SIZE = 10;

  @Inject CareTeamMonitoringService careTeam;

  private final PagedTable<AlertView> alerts = new PagedTable<>(this::openAlerts, AlertView::id);

  private Page<AlertView> openAlerts(int page, int size) {
    return careTeam.myAlerts(null, page, size);
  }

  /** The open alerts, loaded a page at a time by the table. */
  public PagedTable<AlertView> getAlerts() {
    return alerts;
  }

  public void acknowledge(AlertView alert) throws IOException {
    PageAction.change(
        () -> careTeam.acknowledge(alert.id()),
        null,
        "/home.xhtml",
        "monitoring.acknowledged",
        alert.patientName());
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
