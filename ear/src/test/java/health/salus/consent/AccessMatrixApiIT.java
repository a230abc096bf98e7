package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role × object matrix over the API: a patient whose GP is dr.chen has a record (a condition, a
 * result), readings, a wellbeing check-in and the history of their entries. The patient and their
 * GP read all of it; every other role — another patient, a carer who holds no grant of this
 * patient, clinicians outside the care team, the educator, the case manager, the moderator, the
 * front desk and the administrator — tries every object and gets 403 or 404 with none of the data,
 * and each try is in the audit trail as DENIED with the patient's id; without credentials it is
 * 401. (The rules the policy applies behind it, grant by grant, are in AccessMatrixTest and the
 * feature's API tests.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixApiIT {

  private static final String CONDITION = "Chronic obstructive pulmonary disease";
  private static final String RESULT = "Forced expiratory volume";

  private TestPatient patient;
  private List<String> objects;

  @BeforeAll
  void aPatientWithARecordReadingsAndHistory() {
    patient = TestPatient.withGp("matrix", "dr.chen");
    Api gp = Api.demo("dr.chen");
    long condition =
        created(
            gp.post(
                patient.path("/conditions"),
                Json.createObjectBuilder()
                    .add("name", CONDITION)
                    .add("onset", "2019-02-01")
                    .add("status", "ACTIVE")
                    .build()));
    long result =
        created(
            gp.post(
                patient.path("/observations"),
                Json.createObjectBuilder()
                    .add("name", RESULT)
                    .add("value", 1.9)
                    .add("unit", "L")
                    .add("rangeLow", 2.5)
                    .add("rangeHigh", 4.5)
                    .add(
                        "effectiveAt",
                        Instant.now()
                            .minus(3, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .build()));
    created(
        patient
            .api()
            .post(
                "/me/readings",
                Json.createObjectBuilder()
                    .add("type", "HEART_RATE")
                    .add("value", 88)
                    .add("unit", "/min")
                    .add("takenAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    .build()));
    objects =
        List.of(
            patient.path("/record"),
            patient.path("/observations"),
            patient.path("/observations?name=" + RESULT.replace(' ', '+')),
            patient.path("/conditions/" + condition + "/history"),
            patient.path("/observations/" + result + "/history"),
            patient.path("/medications"),
            patient.path("/readings"),
            patient.path("/wellbeing"),
            patient.path("/thresholds"));
  }

  private static long created(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  @Test
  void thePatientAndTheirGpReadEveryObject() {
    for (Api reader : List.of(patient.api(), Api.demo("dr.chen"))) {
      for (String object : objects) {
        Response answer = reader.get(object);
        assertThat(answer.status()).as(object + ": " + answer).isEqualTo(200);
      }
    }
    assertThat(patient.api().get(patient.path("/record")).body()).contains(CONDITION, RESULT);
  }

  /**
   * Everyone else, by role: the username (a fresh patient for PATIENT) and the role it stands for.
   */
  Stream<String[]> outsiders() {
    TestPatient other = TestPatient.register("matrix-other");
    return Stream.of(
        new String[] {"PATIENT (another patient)", other.username(), other.password()},
        new String[] {"CARER without a grant", "carol", Api.DEMO_PASSWORD},
        new String[] {"CLINICIAN outside the care team", "dr.patel", Api.DEMO_PASSWORD},
        new String[] {"CLINICIAN (nurse) outside the care team", "nurse.brown", Api.DEMO_PASSWORD},
        new String[] {"EDUCATOR", "edu.nguyen", Api.DEMO_PASSWORD},
        new String[] {"CASE_MANAGER", "cm.smith", Api.DEMO_PASSWORD},
        new String[] {"MODERATOR", "mod.lee", Api.DEMO_PASSWORD},
        new String[] {"STAFF (front desk)", "desk.jones", Api.DEMO_PASSWORD},
        new String[] {"ADMIN", "admin", Api.DEMO_PASSWORD});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outsiders")
  void everyOtherRoleIsRefusedEveryObjectAndEachTryIsAudited(
      String role, String username, String password) {
    Api outsider = Api.as(username, password);
    List<String> failures = new ArrayList<>();
    for (String object : objects) {
      long deniedBefore = denied(username);
      Response answer = outsider.get(object);
      if (answer.status() != 403 && answer.status() != 404) {
        failures.add(object + " answered " + answer.status());
      }
      if (answer.body().contains(CONDITION) || answer.body().contains(RESULT)) {
        failures.add(object + " gave away the patient's data: " + answer.body());
      }
      if (denied(username) <= deniedBefore) {
        failures.add(object + " was refused without a DENIED entry in the audit trail");
      }
    }
    assertThat(failures).as(role).isEmpty();
  }

  @Test
  void withoutCredentialsEveryObjectAsksForThem() {
    for (String object : objects) {
      assertThat(Api.anonymous().get(object).status()).as(object).isEqualTo(401);
    }
  }

  /** How many DENIED entries about the patient the trail holds for this actor. */
  private long denied(String actor) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("patientId", patient.id());
    query.put("outcome", "DENIED");
    query.put("size", 1);
    Response page = Api.admin().get("/admin/audit" + Api.query(query));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.total();
  }
}
