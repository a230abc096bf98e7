package health.salus.monitoring.view;

import health.salus.monitoring.boundary.CareTeamMonitoringService;
import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.ReadingView;
import health.salus.monitoring.boundary.ThresholdBounds;
import health.salus.monitoring.boundary.ThresholdView;
import health.salus.monitoring.entity.ReadingType;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A clinician's view of a patient's monitoring: the limits set and a form to set one, and the last
 * 90 days of readings in a table. Opened from the Alerts worklist ({@code ?patientId=}); reading it
 * is decided (and audited) by the monitoring service, so only the care team gets the data.
 */
@Named
@ViewScoped
public class PatientReadingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MonitoringService monitoring;
  @Inject CareTeamMonitoringService careTeam;
  @Inject Clock clock;

  private long patientId;
  private List<ThresholdView> thresholds = List.of();
  private List<ReadingView> readings = List.of();

  private ReadingType type = ReadingType.BLOOD_PRESSURE_SYSTOLIC;
  private Double low;
  private Double high;

  /** Loads the patient named by the view parameter (f:viewAction). */
  public void load() {
    thresholds = monitoring.thresholdsOf(patientId);
    readings =
        ReadingsBacking.newestFirst(
            monitoring.readingsSince(patientId, clock.instant().minus(ReadingsBacking.SHOWN)));
  }

  public void setThreshold() throws IOException {
    PageAction.change(
        () -> careTeam.setThreshold(patientId, type.name(), new ThresholdBounds(low, high)),
        "limit",
        Map.of(),
        "/monitoring/patient.xhtml?patientId=" + patientId,
        "monitoring.limitSaved");
  }

  public List<ReadingType> getTypes() {
    return ReadingType.entered();
  }

  public long getPatientId() {
    return patientId;
  }

  public void setPatientId(long patientId) {
    this.patientId = patientId;
  }

  public List<ThresholdView> getThresholds() {
    return thresholds;
  }

  public List<ReadingView> getReadings() {
    return readings;
  }

  public ReadingType getType() {
    return type;
  }

  public void setType(ReadingType type) {
    this.type = type;
  }

  public Double getLow() {
    return low;
  }

  public void setLow(Double low) {
    this.low = low;
  }

  public Double getHigh() {
    return high;
  }

  public void setHigh(Double high) {
    this.high = high;
  }
}
