package health.salus.monitoring.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.monitoring.control.MonitoringRepository;
import health.salus.monitoring.entity.AlertStatus;
import health.salus.monitoring.entity.ReadingAlert;
import health.salus.monitoring.entity.ReadingType;
import health.salus.monitoring.entity.Threshold;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;

/**
 * The care team's side of monitoring: a clinician of a patient's care team sets the patient's
 * thresholds, sees the open alerts of their patients and acknowledges them. Every change and read
 * is audited about the patient.
 */
@Stateless
@RolesAllowed(Role.Names.CLINICIAN)
public class CareTeamMonitoringService {

  @Inject MonitoringRepository repository;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Sets the patient's threshold for a type (low and/or high, low below high, plausible values;
   * else 400), replacing the one there was. Only a clinician of the patient's care team (else 403,
   * audited). Two first thresholds of one type that race: one wins, the other is a conflict (409).
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public ThresholdView setThreshold(long patientId, String type, ThresholdBounds bounds) {
    if (!accessPolicy.permits(
        patientId,
        Access.to("READING_THRESHOLD_SET", "Patient", patientId)
            .allowing(Basis.CARE_TEAM)
            .saying("not in the patient's care team"))) {
      throw new AccessDeniedException("monitoring.notInCareTeam");
    }
    ReadingType readingType = thresholdType(type);
    Patient patient =
        repository
            .patient(patientId)
            .orElseThrow(() -> new NotFoundException("monitoring.patientNotFound"));
    UserAccount clinician = callers.account();
    Double low = bounds == null ? null : bounds.low();
    Double high = bounds == null ? null : bounds.high();
    AuditEvent event =
        AuditEvent.of("READING_THRESHOLD_SET", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId);
    Threshold threshold;
    try {
      threshold = repository.threshold(patientId, readingType).orElse(null);
      if (threshold == null) {
        threshold = new Threshold(patient, readingType, low, high, clinician, clock.instant());
        repository.add(threshold);
      } else {
        threshold.change(low, high, clinician, clock.instant());
      }
      repository.flush();
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    } catch (PersistenceException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "changed meanwhile"));
      throw new ConflictException(null, "monitoring.thresholdChangedMeanwhile");
    }
    audit.record(
        event
            .object("Threshold", threshold.getId())
            .detail(readingType.name() + " " + threshold.getLow() + ".." + threshold.getHigh()));
    return ThresholdView.of(threshold);
  }

  /**
   * The alerts of this status (open ones when null) of the signed-in clinician's care team's
   * patients, newest first. Each patient shown gets an audit entry naming the alerts read.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public Page<AlertView> myAlerts(AlertStatus status, int page, int size) {
    long me = callers.account().getId();
    AlertStatus wanted = status == null ? AlertStatus.OPEN : status;
    List<AlertView> items =
        repository.alertsOfCareTeam(me, wanted, page, size).stream().map(AlertView::of).toList();
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "READING_ALERTS_READ", items, AlertView::patientId, AlertView::id, "alerts"));
    return new Page<>(items, repository.countAlertsOfCareTeam(me, wanted), page, size);
  }

  /**
   * A clinician of the patient's care team acknowledges an alert; anyone else, and an alert that
   * does not exist, is not found (404, audited); an acknowledged one is a conflict (409).
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public AlertView acknowledge(long alertId) {
    ReadingAlert alert = repository.alert(alertId).orElse(null);
    if (!accessPolicy.permits(
        alert == null ? null : alert.getPatient().getId(),
        Access.to("READING_ALERT_ACKNOWLEDGE", "ReadingAlert", alertId)
            .allowing(Basis.CARE_TEAM)
            .saying("not in the patient's care team"))) {
      throw new NotFoundException("monitoring.alertNotFound");
    }
    AuditEvent event =
        AuditEvent.of("READING_ALERT_ACKNOWLEDGE", AuditOutcome.SUCCESS)
            .aboutPatient(alert.getPatient().getId())
            .object("ReadingAlert", alertId);
    try {
      alert.acknowledge(callers.account(), clock.instant());
      repository.flush();
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    } catch (PersistenceException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "changed meanwhile"));
      throw new ConflictException(null, "monitoring.alertAcknowledged");
    }
    audit.record(event);
    return AlertView.of(alert);
  }

  private static ReadingType thresholdType(String name) {
    try {
      return MonitoringService.type(name);
    } catch (Refusal unknown) {
      throw Refusal.invalid("type", "monitoring.thresholdTypeUnknown");
    }
  }
}
