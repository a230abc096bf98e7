package health.salus.prescriptions;

import static health.salus.prescriptions.Prescribing.medication;
import static health.salus.prescriptions.Prescribing.patientOfDrChen;
import static health.salus.prescriptions.Prescribing.prescribe;
import static health.salus.prescriptions.Prescribing.refillRequest;
import static health.salus.prescriptions.Prescribing.requestRefill;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Races: two approvals of one request, or two requests for one medication, at the same moment.
 * Exactly one wins; the other is a conflict (409), and a refill is used up once. Every racer signs
 * in first and all start from one barrier on threads of their own; a race counts only when all
 * calls were in flight at once.
 */
class RefillRacesApiIT {

  private static final int RACERS = 4;

  /**
   * Signs {@code caller} in (once, then again on each racer's thread, from the credential cache),
   * then makes the call on all threads at once.
   */
  private static List<Response> atOnce(Api caller, Supplier<Response> call) {
    assertThat(caller.get("/me").status()).isEqualTo(200);
    return Race.run(
        RACERS, i -> assertThat(caller.get("/me").status()).isEqualTo(200), i -> call.get());
  }

  @RepeatedTest(3)
  void concurrentApprovalsUseUpOneRefill() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Bisoprolol", 3);
    long id = requestRefill(patient, medication);
    Api drChen = Api.demo("dr.chen");

    List<Response> answers =
        atOnce(drChen, () -> drChen.post("/refill-requests/" + id + "/approve"));

    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
    assertThat(answers)
        .as(answers.toString())
        .filteredOn(a -> a.status() == 409)
        .hasSize(RACERS - 1);
    assertThat(medication(patient, medication).getInt("refillsRemaining")).isEqualTo(2);
  }

  @RepeatedTest(3)
  void concurrentRequestsForOneMedicationStoreOne() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Perindopril", 3);
    List<Response> answers =
        atOnce(
            patient.api(),
            () -> patient.api().post("/refill-requests", refillRequest(medication, "race")));

    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(answers)
        .as(answers.toString())
        .filteredOn(a -> a.status() == 409)
        .hasSize(RACERS - 1);
    assertThat(patient.api().get("/refill-requests").total()).isEqualTo(1);
  }
}
