package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /patients/{id}/emergency-access}: a clinician outside the care team (dr.patel) opens
 * a patient's record with a stated reason and then reads it as the care team does, each read
 * audited with purpose EMERGENCY, until about four hours from now; the patient is told at once. A
 * missing or empty reason, a clinician of the care team, a patient and an unknown patient are
 * refused and nothing opens.
 */
class EmergencyAccessApiIT {

  private static final Api OUTSIDER = Api.demo("dr.patel");

  /** A new patient whose care team is dr.chen alone, with one condition dr.chen recorded. */
  private static long patientOfDrChen(String username, String password) {
    long patientId = Api.registerPatient(username, password).getJsonNumber("patientId").longValue();
    Directory.joinCareTeam(patientId, "dr.chen");
    Response condition =
        Api.demo("dr.chen")
            .post(
                "/patients/" + patientId + "/conditions",
                Json.createObjectBuilder()
                    .add("name", "Epilepsy")
                    .add("onset", "2010-03-01")
                    .add("status", "ACTIVE")
                    .build());
    assertThat(condition.status()).as(condition.toString()).isEqualTo(201);
    return patientId;
  }

  private static JsonObject reason(String text) {
    return Json.createObjectBuilder().add("reason", text).build();
  }

  private static List<JsonObject> audit(String actor, String action, String outcome, long patient) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("action", action);
    query.put("outcome", outcome);
    query.put("patientId", patient);
    return Api.admin().get("/admin/audit" + Api.query(query)).items();
  }

  @Test
  void anOutsiderOpensTheRecordWithAReasonReadsItForEmergencyAndThePatientIsTold() {
    String username = Api.unique("em");
    String password = Api.strongPassword();
    long patientId = patientOfDrChen(username, password);
    String record = "/patients/" + patientId + "/record";

    Response before = OUTSIDER.get(record);
    assertThat(before.status()).as(before.toString()).isEqualTo(404);
    assertThat(before.body()).doesNotContain("Epilepsy");

    Instant asked = Instant.now();
    Response opened =
        OUTSIDER.post(
            "/patients/" + patientId + "/emergency-access",
            reason("Seizure in the waiting room, GP unreachable"));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    Instant until = Instant.parse(opened.json().getString("validUntil"));
    assertThat(until)
        .isAfter(asked.plus(Duration.ofHours(4)).minusSeconds(60))
        .isBefore(asked.plus(Duration.ofHours(4)).plusSeconds(60));

    Response read = OUTSIDER.get(record);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body()).contains("Epilepsy");
    assertThat(OUTSIDER.get("/patients/" + patientId + "/medications").status()).isEqualTo(200);
    assertThat(audit("dr.patel", "CONDITIONS_READ", "ALLOWED", patientId))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("EMERGENCY"));
    assertThat(audit("dr.patel", "EMERGENCY_ACCESS_OPEN", "SUCCESS", patientId))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("detail")).contains("Seizure in the waiting room"));

    JsonObject inbox = Api.as(username, password).get("/me/notifications").json();
    assertThat(inbox.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            n -> {
              assertThat(n.getString("title")).isEqualTo("Your record was opened in an emergency");
              assertThat(n.getString("body")).contains("Seizure in the waiting room");
            });
    List<JsonObject> history = Api.as(username, password).get("/me/access-log").items();
    assertThat(history).anySatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("EMERGENCY"));
  }

  @Test
  void withoutAReasonInTheCareTeamAsAPatientOrForNoPatientNothingOpens() {
    String username = Api.unique("em");
    String password = Api.strongPassword();
    long patientId = patientOfDrChen(username, password);
    String path = "/patients/" + patientId + "/emergency-access";

    Response blank = OUTSIDER.post(path, reason("   "));
    assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
    assertThat(blank.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    Response terse = OUTSIDER.post(path, reason("urgent"));
    assertThat(terse.status()).as(terse.toString()).isEqualTo(400);
    assertThat(terse.body()).contains("reason");
    Response none = OUTSIDER.post(path, Json.createObjectBuilder().build());
    assertThat(none.status()).as(none.toString()).isEqualTo(400);
    Response bad = OUTSIDER.post(path, "{not json", "application/json");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(OUTSIDER.get("/patients/" + patientId + "/record").status()).isEqualTo(404);

    Response inTeam = Api.demo("dr.chen").post(path, reason("Checking before the visit today"));
    assertThat(inTeam.status()).as(inTeam.toString()).isEqualTo(422);
    Response patient =
        Api.as(username, password).post(path, reason("I want to see it as a doctor"));
    assertThat(patient.status()).as(patient.toString()).isEqualTo(403);
    Response unknown =
        OUTSIDER.post("/patients/987654321/emergency-access", reason("Seizure, no records here"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);

    assertThat(audit("dr.patel", "EMERGENCY_ACCESS_OPEN", "SUCCESS", patientId)).isEmpty();
    assertThat(audit("dr.chen", "EMERGENCY_ACCESS_OPEN", "DENIED", patientId)).hasSize(1);
  }

  @Test
  void aClinicianListsTheAccessesOpenNowOthersGetNone() {
    String username = Api.unique("em");
    long patientId = patientOfDrChen(username, Api.strongPassword());
    String reason = "Unconscious on arrival, no family reachable";
    Instant asked = Instant.now();
    Response opened = OUTSIDER.post("/patients/" + patientId + "/emergency-access", reason(reason));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

    Response mine = OUTSIDER.get("/me/emergency-accesses");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    List<JsonObject> accesses = mine.jsonArray().getValuesAs(JsonObject.class);
    assertThat(accesses.get(0).getJsonNumber("patientId").longValue())
        .as("the latest opened first")
        .isEqualTo(patientId);
    JsonObject access = accesses.get(0);
    assertThat(access.getString("patientName")).isEqualTo("Test " + username);
    assertThat(access.getString("reason")).isEqualTo(reason);
    assertThat(Instant.parse(access.getString("openedAt"))).isAfter(asked.minusSeconds(60));
    assertThat(Instant.parse(access.getString("validUntil")))
        .isAfter(Instant.parse(access.getString("openedAt")));
    assertThat(accesses)
        .allSatisfy(a -> assertThat(Instant.parse(a.getString("validUntil"))).isAfter(asked));

    Response chens = Api.demo("dr.chen").get("/me/emergency-accesses");
    assertThat(chens.status()).isEqualTo(200);
    assertThat(chens.jsonArray().getValuesAs(JsonObject.class))
        .noneSatisfy(
            a -> assertThat(a.getJsonNumber("patientId").longValue()).isEqualTo(patientId));
    assertThat(Api.demo("alice").get("/me/emergency-accesses").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/me/emergency-accesses").status()).isEqualTo(401);
  }
}
