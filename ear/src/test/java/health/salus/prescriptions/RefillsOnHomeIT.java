package health.salus.prescriptions;

import static health.salus.prescriptions.Prescribing.denial;
import static health.salus.prescriptions.Prescribing.patientOfDrChen;
import static health.salus.prescriptions.Prescribing.prescribe;
import static health.salus.prescriptions.Prescribing.requestRefill;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.HomePage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Refills on the home pages: the clinician's count of requests waiting grows by the test's own
 * request; the patient's home says which refill is ready and which was refused, with the reason,
 * however many newer requests still wait.
 */
class RefillsOnHomeIT {

  private static final Pattern WAITING = Pattern.compile("(\\d+|One|No) refill requests? (is|are)");

  @Test
  void theClinicianCountsTheRequestAndThePatientSeesTheDecisions() {
    Patient patient = patientOfDrChen();
    long inhaler = prescribe(patient, "Tiotropium", 2);
    long statin = prescribe(patient, "Rosuvastatin", 2);
    HomePage chen = HomePage.of("dr.chen", Api.DEMO_PASSWORD);
    long before = waiting(chen.text("refill-queue-count"));

    long first = requestRefill(patient, inhaler);
    long second = requestRefill(patient, statin);

    assertThat(waiting(chen.reload().text("refill-queue-count"))).isEqualTo(before + 2);
    assertThat(chen.link("refill-queue-count"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/prescriptions/refill-queue.xhtml"));

    Api drChen = Api.demo("dr.chen");
    Response approved = drChen.post("/refill-requests/" + first + "/approve");
    Response denied =
        drChen.post("/refill-requests/" + second + "/deny", denial("Please see me first"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(denied.status()).as(denied.toString()).isEqualTo(200);

    assertThat(waiting(chen.reload().text("refill-queue-count"))).isEqualTo(before);
    String toDo = HomePage.of(patient.username(), patient.password()).text("to-do");
    assertThat(toDo)
        .contains("Your refill of Tiotropium is ready.")
        .contains("Your refill of Rosuvastatin was not approved: Please see me first");

    // Newer requests that still wait neither show nor push the decisions off the list.
    for (String name : new String[] {"Metformin", "Amlodipine", "Salbutamol"}) {
      requestRefill(patient, prescribe(patient, name, 1));
    }
    toDo = HomePage.of(patient.username(), patient.password()).text("to-do");
    assertThat(toDo)
        .contains("Your refill of Tiotropium is ready.")
        .contains("Your refill of Rosuvastatin was not approved")
        .doesNotContain("Metformin", "Amlodipine", "Salbutamol");
  }

  private static long waiting(String text) {
    Matcher m = WAITING.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return switch (m.group(1)) {
      case "No" -> 0;
      case "One" -> 1;
      default -> Long.parseLong(m.group(1));
    };
  }
}
