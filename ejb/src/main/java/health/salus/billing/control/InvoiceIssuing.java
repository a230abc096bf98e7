package health.salus.billing.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.billing.entity.ConsultationMode;
import health.salus.billing.entity.FeeScheduleItem;
import health.salus.billing.entity.Invoice;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.scheduling.boundary.AppointmentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues an invoice when an appointment is completed, priced from the fee schedule. Runs inside the
 * transaction of the completion (the event is synchronous). At most one invoice per appointment: a
 * second COMPLETED for the same appointment changes nothing, and the unique appointment_id of the
 * invoice table holds even against a race. Without a fee in the schedule no invoice is made (never
 * one at a made-up price): the gap is logged and audited as a FAILURE for staff to fix. A fee of
 * 0.00 is a free service (the demo's health educator): no invoice either, audited as a SUCCESS
 * ({@code INVOICE_NO_CHARGE}).
 */
@ApplicationScoped
public class InvoiceIssuing {

  private static final Logger LOG = Logger.getLogger(InvoiceIssuing.class.getName());

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject InvoiceRepository invoices;
  @Inject FeeSchedule feeSchedule;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.billing.paymentTermsDays", defaultValue = "14")
  int paymentTermsDays;

  void onAppointment(@Observes AppointmentEvent event) {
    if (event.kind() != AppointmentEvent.Kind.COMPLETED) {
      return;
    }
    if (invoices.byAppointment(event.appointmentId()).isPresent()) {
      return;
    }
    Patient patient = em.find(Patient.class, event.patientId());
    Practitioner practitioner = em.find(Practitioner.class, event.practitionerId());
    Optional<ConsultationMode> mode = mode(event.mode());
    if (patient == null || practitioner == null || mode.isEmpty() || event.start() == null) {
      fail(event, "unknown patient, practitioner or mode");
      return;
    }
    ZoneId zone = BillingZone.of(practitioner);
    Optional<FeeScheduleItem> fee =
        feeSchedule.consultationItem(
            practitioner, mode.get(), event.start().atZone(zone).toLocalDate());
    if (fee.isEmpty() && FeeSchedule.isEducator(practitioner)) {
      // No fee of the educator's own and no educators' default: health education costs nothing.
      audit.record(
          AuditEvent.of("INVOICE_NO_CHARGE", AuditOutcome.SUCCESS)
              .withActor(event.actorUsername())
              .aboutPatient(patient.getId())
              .object("Appointment", event.appointmentId())
              .detail("no education fee for " + mode.get() + ": free of charge"));
      return;
    }
    if (fee.isEmpty()) {
      fail(event, "no fee for " + mode.get() + " with practitioner " + practitioner.getId());
      return;
    }
    if (fee.get().isFree()) {
      // A free service (the schedule prices it at 0.00): said in the trail, never a $0 invoice.
      audit.record(
          AuditEvent.of("INVOICE_NO_CHARGE", AuditOutcome.SUCCESS)
              .withActor(event.actorUsername())
              .aboutPatient(patient.getId())
              .object("Appointment", event.appointmentId())
              .detail(fee.get().getItemCode() + " is free of charge"));
      return;
    }
    Invoice invoice =
        invoice(patient, practitioner, event.appointmentId(), fee.get(), zone, clock.instant());
    audit.record(
        AuditEvent.of("INVOICE_ISSUE", AuditOutcome.SUCCESS)
            .withActor(event.actorUsername())
            .aboutPatient(patient.getId())
            .object("Invoice", invoice.getId())
            .detail("appointment " + event.appointmentId() + " " + invoice.getNumber()));
  }

  /**
   * An invoice for a consultation that started at {@code start}, priced from the fee schedule in
   * force on that day, or empty when the schedule has no fee for it or prices it free.
   */
  public Optional<Invoice> issue(
      Patient patient,
      Practitioner practitioner,
      Long appointmentId,
      ConsultationMode mode,
      Instant start,
      Instant issuedAt) {
    ZoneId zone = BillingZone.of(practitioner);
    LocalDate day = start.atZone(zone).toLocalDate();
    return feeSchedule
        .consultationItem(practitioner, mode, day)
        .filter(item -> !item.isFree())
        .map(item -> invoice(patient, practitioner, appointmentId, item, zone, issuedAt));
  }

  private Invoice invoice(
      Patient patient,
      Practitioner practitioner,
      Long appointmentId,
      FeeScheduleItem item,
      ZoneId zone,
      Instant issuedAt) {
    LocalDate issuedOn = issuedAt.atZone(zone).toLocalDate();
    Invoice invoice =
        new Invoice(
            patient, practitioner, appointmentId, issuedAt, issuedOn.plusDays(paymentTermsDays));
    invoice.addLine(
        item.getItemCode(), item.getDescription(), 1, item.getFee(), item.isGstApplicable());
    invoices.add(invoice);
    // The number carries the id, which the database gives on insert.
    invoices.flush();
    invoice.assignNumber(issuedOn.getYear());
    return invoice;
  }

  private void fail(AppointmentEvent event, String why) {
    LOG.warning(() -> "No invoice for appointment " + event.appointmentId() + ": " + why);
    audit.record(
        AuditEvent.of("INVOICE_ISSUE", AuditOutcome.FAILURE)
            .withActor(event.actorUsername())
            .aboutPatient(event.patientId())
            .object("Appointment", event.appointmentId())
            .detail("no fee: " + why));
  }

  private static Optional<ConsultationMode> mode(String name) {
    try {
      return Optional.of(ConsultationMode.valueOf(name));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return Optional.empty();
    }
  }
}
