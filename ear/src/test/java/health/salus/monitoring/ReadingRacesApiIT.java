package health.salus.monitoring;

import static health.salus.monitoring.Monitoring.alertsOf;
import static health.salus.monitoring.Monitoring.answers;
import static health.salus.monitoring.Monitoring.reading;
import static health.salus.monitoring.Monitoring.threshold;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.monitoring.Monitoring.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Readings that race: a patient's readings beyond their threshold, sent at once, are all stored but
 * raise one alert for the one excursion; check-ins sent at once store one. Every racer signs in
 * first and all start from one barrier on threads of their own; a race counts only when the calls
 * were in flight together.
 */
class ReadingRacesApiIT {

  private static final int RACERS = 4;

  private static List<Response> atOnce(Api caller, IntFunction<Response> call) {
    assertThat(caller.get("/me").status()).isEqualTo(200);
    return Race.run(RACERS, i -> assertThat(caller.get("/me").status()).isEqualTo(200), call);
  }

  @RepeatedTest(3)
  void readingsBeyondTheThresholdAtOnceRaiseOneAlert() {
    Patient patient = Monitoring.patient(true);
    threshold(patient, "BLOOD_GLUCOSE", 4.0, 10.0);
    Api api = patient.api();

    List<Response> answers =
        atOnce(api, i -> api.post("/me/readings", reading("BLOOD_GLUCOSE", 12 + i, "mmol/L")));

    assertThat(answers)
        .as(answers.toString())
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
    assertThat(api.get("/patients/" + patient.patientId() + "/readings").total()).isEqualTo(RACERS);
    assertThat(alertsOf(patient, "OPEN")).hasSize(1);
    assertThat(Monitoring.noticesAbout(patient)).hasSize(1);
  }

  @RepeatedTest(3)
  void checkInsAtOnceStoreOne() {
    Patient patient = Monitoring.patient(true);
    Api api = patient.api();

    List<Response> answers = atOnce(api, i -> api.post("/me/wellbeing", answers(1, 1, 1, 1, 1)));

    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(answers)
        .as(answers.toString())
        .filteredOn(a -> a.status() == 409)
        .hasSize(RACERS - 1);
    assertThat(api.get("/patients/" + patient.patientId() + "/wellbeing").total()).isEqualTo(1);
    assertThat(alertsOf(patient, "OPEN")).hasSize(1);
  }
}
