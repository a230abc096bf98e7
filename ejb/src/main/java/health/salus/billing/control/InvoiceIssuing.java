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
 * one at a made-up price): the gap is logged and audited as a FAILURE for staff to fix.
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
    issue(patient, practitioner, event.appointmentId(), mode.get(), event.start(), clock.instant())
        .ifPresentOrElse(
            invoice ->
                audit.record(
                    AuditEvent.of("INVOICE_ISSUE", AuditOutcome.SUCCESS)
                        .withActor(event.actorUsername())
                        .aboutPatient(patient.getId())
                        .object("Invoice", invoice.getId())
                        .detail(
                            "appointment " + event.appointmentId() + " " + invoice.getNumber())),
            () ->
                fail(
                    event,
                    "no fee for " + mode.get() + " with practitioner " + practitioner.getId()));
  }

  /**
   * An invoice for a consultation that started at {@code start}, priced from the fee schedule in
   * force on that day, or empty when the schedule has no fee for it.
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
    Optional<FeeScheduleItem> fee = feeSchedule.consultationItem(practitioner, mode, day);
    if (fee.isEmpty()) {
      return Optional.empty();
    }
    LocalDate issuedOn = issuedAt.atZone(zone).toLocalDate();
    Invoice invoice =
        new Invoice(
            patient, practitioner, appointmentId, issuedAt, issuedOn.plusDays(paymentTermsDays));
    FeeScheduleItem item = fee.get();
    invoice.addLine(
        item.getItemCode(), item.getDescription(), 1, item.getFee(), item.isGstApplicable());
    invoices.add(invoice);
    // The number carries the id, which the database gives on insert.
    invoices.flush();
    invoice.assignNumber(issuedOn.getYear());
    return Optional.of(invoice);
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
