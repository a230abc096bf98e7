package health.salus.prescriptions.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.prescriptions.entity.Medication;
import health.salus.prescriptions.entity.RefillRequest;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The demo medications: alice and bob each have medications prescribed by dr.chen a few months ago;
 * alice's Ramipril has no refills left, so the "none remaining" refusal can be seen. Alice's
 * refills were decided this week (Metformin ready, Atorvastatin refused until a review), and bob's
 * inhaler waits in dr.chen's queue. Seeded in demo mode into an empty medication table, after the
 * directory.
 */
@ApplicationScoped
public class PrescriptionInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.PRESCRIPTIONS) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(m) FROM Medication m", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<Practitioner> chen = people.practitioner("dr.chen");
    Optional<Patient> alice = people.patient("alice");
    Optional<Patient> bob = people.patient("bob");
    if (chen.isEmpty() || alice.isEmpty() || bob.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Medication metformin =
        prescribe(
            alice.get(),
            "Metformin",
            "500 mg",
            "Twice daily with meals",
            chen.get(),
            3,
            today.minusMonths(4));
    Medication atorvastatin =
        prescribe(
            alice.get(),
            "Atorvastatin",
            "20 mg",
            "Once at night",
            chen.get(),
            5,
            today.minusMonths(4));
    prescribe(alice.get(), "Ramipril", "5 mg", "Once daily", chen.get(), 0, today.minusMonths(6));
    Medication salbutamol =
        prescribe(
            bob.get(),
            "Salbutamol inhaler",
            "100 mcg",
            "2 puffs as needed for breathlessness",
            chen.get(),
            2,
            today.minusMonths(3));
    prescribe(bob.get(), "Sertraline", "50 mg", "Once daily", chen.get(), 1, today.minusMonths(2));
    em.flush();

    Instant now = clock.instant();
    UserAccount doctor = chen.get().getAccount();
    RefillRequest ready =
        request(metformin, "Running low", "Harbourside Pharmacy", now.minus(Duration.ofDays(3)));
    ready.approve(doctor, now.minus(Duration.ofDays(2)));
    RefillRequest refused = request(atorvastatin, null, null, now.minus(Duration.ofDays(4)));
    refused.deny(
        doctor, "Please book a review first. We need a blood test.", now.minus(Duration.ofDays(1)));
    request(salbutamol, "Using it more since the cold", null, now.minus(Duration.ofHours(20)));
  }

  private RefillRequest request(Medication medication, String note, String pharmacy, Instant at) {
    RefillRequest request = medication.requestRefill(note, pharmacy, at);
    em.persist(request);
    em.flush();
    return request;
  }

  private Medication prescribe(
      Patient patient,
      String name,
      String dose,
      String instructions,
      Practitioner prescriber,
      int refills,
      LocalDate on) {
    Medication medication =
        new Medication(patient, name, dose, instructions, prescriber, refills, on);
    em.persist(medication);
    return medication;
  }
}
