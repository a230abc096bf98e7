package health.salus.billing;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.billing.entity.Invoice;
import health.salus.billing.entity.InvoiceStatus;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.boundary.Registration;
import health.salus.scheduling.boundary.AppointmentEvent.Kind;
import health.salus.testsupport.AppointmentEvents;
import health.salus.testsupport.AuditEntries;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: billing observes the appointment event of scheduling. A COMPLETED appointment
 * gets exactly one invoice, priced from the fee schedule, however often the event comes; other
 * kinds get none; without a fee in force there is no invoice but an audited failure.
 */
@ExtendWith(ArquillianExtension.class)
public class BillingEventIT {

  private AppointmentEvents events;
  private AuditEntries audit;
  private long patientId;
  private long chen;

  @BeforeEach
  void setUp() {
    CDI<Object> cdi = CDI.current();
    events = cdi.select(AppointmentEvents.class).get();
    audit = cdi.select(AuditEntries.class).get();
    String username = "bill-" + UUID.randomUUID().toString().substring(0, 8);
    patientId =
        cdi.select(IdentityService.class)
            .get()
            .register(
                new Registration(
                    username,
                    "Tangerine-orbit-" + UUID.randomUUID().toString().substring(0, 6),
                    username + "@example.org",
                    "Test " + username,
                    LocalDate.of(1980, 5, 17)))
            .patientId();
    chen = events.practitionerId("dr.chen");
  }

  @Test
  void completedAppointmentGetsExactlyOneInvoiceEvenWhenFiredTwice() {
    long appointment = AppointmentEvents.newAppointmentId();
    Instant start = Instant.now().minus(1, ChronoUnit.HOURS);

    events.fire(Kind.COMPLETED, appointment, patientId, chen, "VIDEO", start);
    events.fire(Kind.COMPLETED, appointment, patientId, chen, "VIDEO", start);

    assertThat(events.invoicesOf(appointment)).hasSize(1);
    Invoice invoice = events.invoice(events.invoicesOf(appointment).get(0));
    assertThat(invoice.getPatient().getId()).isEqualTo(patientId);
    assertThat(invoice.getNumber()).matches("INV-\\d{4}-\\d{6}");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
    // The demo schedule has no own items for dr.chen: the default video consultation applies.
    assertThat(invoice.getLines()).hasSize(1);
    assertThat(invoice.getLines().get(0).getItemCode()).isEqualTo("GP-STD-VID");
    assertThat(invoice.getTotal()).hasToString("85.00");
    assertThat(invoice.getGst()).hasToString("0.00");
  }

  @Test
  void specialistsAreBilledFromTheirOwnItems() {
    long appointment = AppointmentEvents.newAppointmentId();
    events.fire(
        Kind.COMPLETED,
        appointment,
        patientId,
        events.practitionerId("dr.patel"),
        "IN_PERSON",
        Instant.now().minus(2, ChronoUnit.HOURS));

    Invoice invoice = events.invoice(events.invoicesOf(appointment).get(0));
    assertThat(invoice.getLines().get(0).getItemCode()).isEqualTo("SPEC-IP");
    assertThat(invoice.getTotal()).hasToString("220.00");
  }

  @Test
  void otherKindsMakeNoInvoice() {
    long appointment = AppointmentEvents.newAppointmentId();
    Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
    for (Kind kind :
        new Kind[] {Kind.BOOKED, Kind.RESCHEDULED, Kind.ARRIVED, Kind.NO_SHOW, Kind.CANCELLED}) {
      events.fire(kind, appointment, patientId, chen, "IN_PERSON", start);
    }
    assertThat(events.invoicesOf(appointment)).isEmpty();
  }

  @Test
  void withoutAFeeInForceThereIsNoInvoiceButAnAuditedFailure() {
    long appointment = AppointmentEvents.newAppointmentId();
    // Long before any price of the demo schedule was in force.
    Instant start = Instant.now().minus(3650, ChronoUnit.DAYS);

    events.fire(Kind.COMPLETED, appointment, patientId, chen, "PHONE", start);

    assertThat(events.invoicesOf(appointment)).isEmpty();
    assertThat(audit.of("dr.chen", "INVOICE_ISSUE"))
        .anySatisfy(
            entry -> {
              assertThat(entry.getOutcome()).isEqualTo(AuditOutcome.FAILURE);
              assertThat(entry.getObjectId()).isEqualTo(Long.toString(appointment));
              assertThat(entry.getPatientId()).isEqualTo(patientId);
              assertThat(entry.getDetail()).startsWith("no fee");
            });
  }

  @Test
  void issuingIsAuditedAboutThePatient() {
    long appointment = AppointmentEvents.newAppointmentId();
    events.fire(
        Kind.COMPLETED, appointment, patientId, chen, "PHONE", Instant.now().minusSeconds(600));
    long invoiceId = events.invoicesOf(appointment).get(0);
    assertThat(audit.of("dr.chen", "INVOICE_ISSUE"))
        .filteredOn(e -> Long.toString(invoiceId).equals(e.getObjectId()))
        .singleElement()
        .satisfies(
            (AuditEntry e) -> {
              assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
              assertThat(e.getPatientId()).isEqualTo(patientId);
            });
  }
}
