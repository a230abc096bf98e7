package health.salus.scheduling.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.scheduling.boundary.AppointmentEvent;
import health.salus.scheduling.boundary.SlotFreed;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.Slot;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Makes every appointment change known the same way: an audit entry about the patient and the
 * {@link AppointmentEvent} other features observe (inside the change's transaction).
 */
@Dependent
public class AppointmentChanges {

  @Inject AuditTrail audit;
  @Inject Event<AppointmentEvent> events;
  @Inject Event<SlotFreed> freedSlots;

  public void announce(AppointmentEvent.Kind kind, Appointment a, String actor) {
    audit.record(
        AuditEvent.of("APPOINTMENT_" + kind.name(), AuditOutcome.SUCCESS)
            .aboutPatient(a.getPatient().getId())
            .object("Appointment", a.getId()));
    events.fire(
        new AppointmentEvent(
            kind,
            a.getId(),
            a.getPatient().getId(),
            a.getPractitioner().getId(),
            a.getMode().name(),
            a.getStart(),
            a.getEnd(),
            actor));
  }

  /** The slot is free again, given up by the patient (cancelled or moved elsewhere). */
  public void freed(Slot slot, long previousPatientId) {
    freedSlots.fire(
        new SlotFreed(
            slot.getId(),
            slot.getPractitionerId(),
            slot.getMode().name(),
            slot.getStart(),
            previousPatientId));
  }

  /** A read of one or more of the patient's appointments. */
  public void read(String action, long patientId, Object objectId) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Appointment", objectId));
  }

  /** An attempt that a business rule refused (the booking cap), with the rule in the detail. */
  public void refused(String action, long patientId, String rule) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.DENIED)
            .aboutPatient(patientId)
            .object("Appointment", null)
            .detail(rule));
  }
}
