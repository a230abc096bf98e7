package health.salus.billing.control;

import health.salus.billing.entity.ConsultationMode;
import health.salus.billing.entity.FeeScheduleItem;
import health.salus.billing.entity.Invoice;
import health.salus.billing.entity.PaymentMethod;
import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo fee schedule (GP consultations by mode, GST-free; specialists dearer; the health
 * educator's consultations free; a taxable non-clinical report) and an invoice for each
 * consultation the demo diary completed: the older ones paid, alice's last one part-paid (it also
 * bills a report), the recent ones still open, so that the payments pages show something real.
 * Seeded in demo mode into an empty billing only.
 */
@ApplicationScoped
public class BillingInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject FeeSchedule schedule;
  @Inject InvoiceIssuing issuing;
  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.BILLING) InitialDataRequested request) {
    Optional<Practitioner> chen = people.practitioner("dr.chen");
    if (!request.demo() || !schedule.isEmpty() || chen.isEmpty()) {
      return;
    }
    // Prices in force from well before the demo invoices.
    LocalDate from = LocalDate.now(clock).minusYears(1);
    item(null, ConsultationMode.IN_PERSON, "GP-STD-IP", "GP standard consultation", "95.00", from);
    item(
        null,
        ConsultationMode.VIDEO,
        "GP-STD-VID",
        "GP standard video consultation",
        "85.00",
        from);
    item(
        null, ConsultationMode.PHONE, "GP-STD-PH", "GP standard phone consultation", "75.00", from);
    for (String specialist : new String[] {"dr.patel", "dr.okafor"}) {
      people
          .practitioner(specialist)
          .ifPresent(
              p -> {
                item(
                    p,
                    ConsultationMode.IN_PERSON,
                    "SPEC-IP",
                    "Specialist consultation",
                    "220.00",
                    from);
                item(
                    p,
                    ConsultationMode.VIDEO,
                    "SPEC-VID",
                    "Specialist video consultation",
                    "190.00",
                    from);
                item(
                    p,
                    ConsultationMode.PHONE,
                    "SPEC-PH",
                    "Specialist phone consultation",
                    "160.00",
                    from);
              });
    }
    // Health education is free to the patient: the educator's own items price it at 0.00, so a
    // completed education consultation invites a rating but bills nothing.
    people
        .practitioner("edu.nguyen")
        .ifPresent(
            educator -> {
              item(
                  educator,
                  ConsultationMode.IN_PERSON,
                  "EDU-IP",
                  "Health education consultation (no charge)",
                  "0.00",
                  from);
              item(
                  educator,
                  ConsultationMode.VIDEO,
                  "EDU-VID",
                  "Health education video consultation (no charge)",
                  "0.00",
                  from);
              item(
                  educator,
                  ConsultationMode.PHONE,
                  "EDU-PH",
                  "Health education phone consultation (no charge)",
                  "0.00",
                  from);
            });
    // The default for educators without a fee of their own (not the GP's): no charge either.
    for (ConsultationMode mode : ConsultationMode.values()) {
      em.persist(
          FeeScheduleItem.educatorsDefault(
              mode,
              "EDU-DEFAULT-" + mode.name().replace("IN_PERSON", "IP"),
              "Health education consultation, any educator (no charge)",
              BigDecimal.ZERO.setScale(2),
              false,
              from));
    }
    FeeScheduleItem report =
        new FeeScheduleItem(
            null,
            null,
            "REPORT-NC",
            "Medical report (non-clinical)",
            new BigDecimal("60.00"),
            true,
            from);
    em.persist(report);

    // Every consultation the demo diary completed is billed as on the day: those older than the
    // payment terms are paid, alice's last one also bills a report and is part-paid by Medicare.
    Optional<Patient> alice = people.patient("alice");
    Instant paidBefore = clock.instant().minus(Duration.ofDays(14));
    for (Appointment done : completedAppointments()) {
      Instant end = done.getStatusChangedAt();
      Optional<Invoice> issued =
          issuing.issue(
              done.getPatient(),
              done.getPractitioner(),
              done.getId(),
              ConsultationMode.valueOf(done.getMode().name()),
              done.getStart(),
              end);
      if (issued.isEmpty()) {
        continue;
      }
      Invoice invoice = issued.get();
      if (end.isBefore(paidBefore)) {
        invoice.recordPayment(
            invoice.getBalance(),
            PaymentMethod.EFTPOS,
            "EFT-" + (20930 + done.getId()),
            end,
            "desk.jones");
      } else if (alice.isPresent() && alice.get().getId().equals(done.getPatient().getId())) {
        // The report is billed on the same invoice before any payment: a taxable line.
        invoice.addLine(report.getItemCode(), report.getDescription(), 1, report.getFee(), true);
        invoice.recordPayment(
            new BigDecimal("40.40"),
            PaymentMethod.MEDICARE_REBATE,
            "MBS-91800",
            end.plus(Duration.ofDays(2)),
            "desk.jones");
      }
    }
  }

  private List<Appointment> completedAppointments() {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.status = :done ORDER BY a.start, a.id",
            Appointment.class)
        .setParameter("done", AppointmentStatus.COMPLETED)
        .getResultList();
  }

  private void item(
      Practitioner practitioner,
      ConsultationMode mode,
      String code,
      String description,
      String fee,
      LocalDate from) {
    em.persist(
        new FeeScheduleItem(
            practitioner, mode, code, description, new BigDecimal(fee), false, from));
  }
}
