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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Races: two approvals of one request, or two requests for one medication, at the same moment.
 * Exactly one wins; the other is a conflict (409), and a refill is used up once.
 */
class RefillRacesApiIT {

  private static final int RACERS = 4;

  /** Starts the calls together and waits for all answers. */
  private static List<Response> atOnce(Supplier<Response> call) {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Response>> answers =
        IntStream.range(0, RACERS)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            start.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return call.get();
                        }))
            .toList();
    start.countDown();
    return answers.stream().map(CompletableFuture::join).toList();
  }

  @RepeatedTest(3)
  void concurrentApprovalsUseUpOneRefill() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Bisoprolol", 3);
    long id = requestRefill(patient, medication);
    Api drChen = Api.demo("dr.chen");

    List<Response> answers = atOnce(() -> drChen.post("/refill-requests/" + id + "/approve"));

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
    // Signed in once first: concurrent first sign-ins of one account race on its last-login
    // update (a sign-in matter, not a prescription one).
    patient.api().get("/me");

    List<Response> answers =
        atOnce(() -> patient.api().post("/refill-requests", refillRequest(medication, "race")));

    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(answers)
        .as(answers.toString())
        .filteredOn(a -> a.status() == 409)
        .hasSize(RACERS - 1);
    assertThat(patient.api().get("/refill-requests").header("X-Total-Count")).contains("1");
  }
}
