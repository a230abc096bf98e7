package health.salus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.HomePage;
import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The staff home pages list today's patients from the diary: the clinician their own (physio.kim,
 * whom few other tests book), the front desk the whole practice, each with whether the patient has
 * arrived yet. The appointments are the test's own, booked by fresh patients.
 */
class StaffHomeIT {

  private static final Pattern TIME = Pattern.compile("\\b\\d{2}:\\d{2}\\b");

  @Test
  void theClinicianSeesTodaysPatientAndTheDeskSeesThemArrive() {
    Patient patient = Scheduling.newPatient();
    String name = "Test " + patient.username();
    HomePage kim = HomePage.of("physio.kim", Api.DEMO_PASSWORD);
    HomePage desk = HomePage.of("desk.jones", Api.DEMO_PASSWORD);
    assertThat(kim.text("clinician-today-count")).doesNotContain(name);
    assertThat(kim.html()).doesNotContain(name);

    JsonObject appointment =
        Appointments.imminentAppointment(patient.api(), "physio.kim", "IN_PERSON");

    kim.reload();
    assertThat(row(kim, "clinician-today", name)).contains("Daniel Kim", "Not here yet");
    assertThat(kim.has("desk-arrivals")).isFalse();
    desk.reload();
    assertThat(row(desk, "desk-arrivals", name)).contains("Daniel Kim", "Not here yet");
    assertThat(desk.has("clinician-today")).isFalse();

    Response arrived =
        Api.demo("desk.jones").post("/appointments/" + Scheduling.id(appointment) + "/arrive");
    assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
    assertThat(row(desk.reload(), "desk-arrivals", name)).contains("Arrived");
    assertThat(row(kim.reload(), "clinician-today", name)).contains("Arrived");

    // Another clinician's home does not list physio.kim's patient.
    assertThat(HomePage.of("nurse.brown", Api.DEMO_PASSWORD).html()).doesNotContain(name);
  }

  /** The table row of the patient in the list, as text; fails when the patient is not listed. */
  private static String row(HomePage home, String list, String patient) {
    String table = home.text(list);
    int at = table.indexOf(patient);
    assertThat(at).as("%s lists %s: %s", list, patient, table).isNotNegative();
    Matcher next = TIME.matcher(table);
    int end = next.find(at + patient.length()) ? next.start() : table.length();
    return table.substring(at, end);
  }
}
