package health.salus.records.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.records.entity.Allergy;
import health.salus.records.entity.AllergySeverity;
import health.salus.records.entity.Condition;
import health.salus.records.entity.ConditionStatus;
import health.salus.records.entity.Immunisation;
import health.salus.records.entity.Observation;
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
import java.time.ZoneId;

/**
 * The demo records, entered by dr.chen: alice (75) lives with type 2 diabetes, hypertension and
 * osteoarthritis of the knee (first entered as the hip, then corrected, so its history shows two
 * versions), is allergic to penicillin and codeine, has two years of quarterly HbA1c, eGFR and
 * cholesterol results against their ranges (HbA1c above range, eGFR drifting below it, cholesterol
 * coming down into range) and a urine albumin result that she sees only once dr.chen has had time
 * to talk it through (released in five days), and her influenza, COVID-19, pneumococcal and
 * shingles vaccines. Bob has asthma and depression (a resolved ankle sprain), a peanut allergy, two
 * years of half-yearly cholesterol, vitamin D and HbA1c results, and his vaccines. Seeded in demo
 * mode into an empty record, after the directory.
 */
@ApplicationScoped
public class RecordsInitialData {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.RECORDS) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(c) FROM Condition c", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    var chen = people.practitioner("dr.chen");
    var alice = people.patient("alice");
    var bob = people.patient("bob");
    if (chen.isEmpty() || alice.isEmpty() || bob.isEmpty()) {
      return;
    }
    new Entries(alice.get(), chen.get()).alice();
    new Entries(bob.get(), chen.get()).bob();
  }

  /** One patient's entries, all by one clinician. */
  private final class Entries {

    private final Patient patient;
    private final Practitioner by;
    private final Instant now = clock.instant();
    private final LocalDate today = LocalDate.now(clock.withZone(SYDNEY));

    Entries(Patient patient, Practitioner by) {
      this.patient = patient;
      this.by = by;
    }

    void alice() {
      condition("Type 2 diabetes mellitus", "SNOMED 44054006", LocalDate.of(2014, 5, 1), null);
      condition("Essential hypertension", "SNOMED 59621000", LocalDate.of(2009, 8, 1), null);
      Condition hip =
          condition(
              "Osteoarthritis of hip", "SNOMED 239872002", LocalDate.of(2021, 2, 1), "Both sides");
      em.flush();
      Condition knee =
          new Condition(
              patient,
              "Osteoarthritis of knee",
              "SNOMED 239873007",
              LocalDate.of(2021, 2, 1),
              ConditionStatus.ACTIVE,
              "Both knees, worse on the right; walks with a stick outdoors.",
              by,
              now.minus(Duration.ofDays(200)));
      hip.correct(knee, "Entered against the wrong joint: the X-ray report is of both knees.");
      em.persist(knee);
      em.persist(
          new Condition(
              patient,
              "Community-acquired pneumonia",
              "SNOMED 385093006",
              LocalDate.of(2023, 7, 10),
              ConditionStatus.RESOLVED,
              "Treated at home with oral antibiotics; chest X-ray clear after six weeks.",
              by,
              Instant.parse("2023-07-11T01:00:00Z")));
      allergy(
          "Penicillin", "Hives and itching", AllergySeverity.MODERATE, LocalDate.of(1988, 1, 1));
      allergy("Codeine", "Nausea and vomiting", AllergySeverity.MILD, LocalDate.of(2019, 6, 3));
      double[] hba1c = {7.6, 7.4, 7.3, 7.1, 6.9, 7.0, 6.8, 6.7};
      double[] egfr = {68, 66, 65, 63, 61, 59, 58, 60};
      double[] cholesterol = {6.1, 5.9, 5.7, 5.4, 5.2, 4.9, 4.8, 4.6};
      for (int quarter = 0; quarter < hba1c.length; quarter++) {
        LocalDate day = today.minusMonths(3L * (hba1c.length - quarter)).plusDays(7);
        result(day, "HbA1c", "LOINC 4548-4", hba1c[quarter], "%", 4.0, 6.0, null);
        result(day, "eGFR", "LOINC 62238-1", egfr[quarter], "mL/min/1.73m2", 60.0, null, null);
        result(
            day,
            "Total cholesterol",
            "LOINC 2093-3",
            cholesterol[quarter],
            "mmol/L",
            null,
            5.5,
            null);
      }
      result(
          today.minusDays(2),
          "Urine albumin/creatinine ratio",
          "LOINC 14959-1",
          3.8,
          "mg/mmol",
          null,
          2.5,
          now.plus(Duration.ofDays(5)));
      immunisation("Influenza (Fluad Quad)", today.minusMonths(20), null, "Left deltoid");
      immunisation("Influenza (Fluad Quad)", today.minusMonths(8), null, "Left deltoid");
      immunisation("COVID-19 (Comirnaty)", today.minusMonths(10), 6, "Booster");
      immunisation("Pneumococcal (Prevenar 20)", today.minusMonths(14), 1, null);
      immunisation("Shingles (Shingrix)", today.minusMonths(16), 1, null);
      immunisation("Shingles (Shingrix)", today.minusMonths(13), 2, "Course complete");
    }

    void bob() {
      condition("Asthma", "SNOMED 195967001", LocalDate.of(1990, 1, 1), "Mild, exercise-induced");
      condition("Depression", "SNOMED 35489007", LocalDate.of(2025, 9, 1), "Seeing a psychologist");
      em.persist(
          new Condition(
              patient,
              "Sprain of ankle",
              "SNOMED 44465007",
              LocalDate.of(2024, 11, 2),
              ConditionStatus.RESOLVED,
              "Right ankle, playing futsal; physiotherapy for four weeks.",
              by,
              Instant.parse("2024-11-04T00:00:00Z")));
      allergy("Peanuts", "Anaphylaxis", AllergySeverity.SEVERE, LocalDate.of(1984, 3, 1));
      double[] cholesterol = {5.8, 5.6, 5.3, 5.1};
      double[] vitaminD = {42, 55, 61, 48};
      double[] hba1c = {5.4, 5.5, 5.4, 5.6};
      for (int half = 0; half < cholesterol.length; half++) {
        LocalDate day = today.minusMonths(6L * (cholesterol.length - half)).plusDays(10);
        result(
            day, "Total cholesterol", "LOINC 2093-3", cholesterol[half], "mmol/L", null, 5.5, null);
        result(day, "Vitamin D", "LOINC 14635-7", vitaminD[half], "nmol/L", 50.0, 150.0, null);
        result(day, "HbA1c", "LOINC 4548-4", hba1c[half], "%", 4.0, 6.0, null);
      }
      immunisation("Influenza (Vaxigrip Tetra)", today.minusMonths(8), null, null);
      immunisation("COVID-19 (Spikevax)", today.minusMonths(15), 4, "Booster");
      immunisation("Diphtheria, tetanus, pertussis (Boostrix)", today.minusYears(3), null, null);
    }

    private Condition condition(String name, String code, LocalDate onset, String note) {
      Condition condition =
          new Condition(
              patient,
              name,
              code,
              onset,
              ConditionStatus.ACTIVE,
              note,
              by,
              now.minus(Duration.ofDays(400)));
      em.persist(condition);
      return condition;
    }

    private void allergy(
        String substance, String reaction, AllergySeverity severity, LocalDate on) {
      em.persist(
          new Allergy(
              patient, substance, reaction, severity, on, by, now.minus(Duration.ofDays(400))));
    }

    private void result(
        LocalDate day,
        String name,
        String code,
        double value,
        String unit,
        Double low,
        Double high,
        Instant releaseAt) {
      Instant taken = day.atTime(8, 30).atZone(SYDNEY).toInstant();
      Instant entered = taken.plus(Duration.ofDays(1));
      em.persist(
          new Observation(
              patient,
              name,
              code,
              BigDecimal.valueOf(value),
              unit,
              low == null ? null : BigDecimal.valueOf(low),
              high == null ? null : BigDecimal.valueOf(high),
              taken,
              releaseAt,
              by,
              entered.isAfter(now) ? now : entered));
    }

    private void immunisation(String vaccine, LocalDate givenOn, Integer dose, String note) {
      em.persist(
          new Immunisation(
              patient, vaccine, givenOn, dose, note, by, givenOn.atStartOfDay(SYDNEY).toInstant()));
    }
  }
}
