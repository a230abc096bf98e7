package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET/PUT /me/restrictions}: a patient keeps her results from her care team. Her GP
 * (dr.chen) then reads her record without results (and no hint of them) and is refused her results
 * (404, like any refused read), the refusal audited and in her access history as DENIED; a person
 * she granted her results, and a clinician under emergency access, still read them. Lifting the
 * restriction lets the GP read them again. Bad categories are 400 and change nothing; only the
 * patient changes her restrictions. Each test uses a new patient of its own.
 */
class CareTeamRestrictionApiIT {

  private static final Api GP = Api.demo("dr.chen");

  /** A new patient of dr.chen with one condition and one result. */
  private static TestPatient patientWithAResult() {
    TestPatient patient = TestPatient.withGp("keeps", "dr.chen");
    created(
        GP.post(
            patient.path("/conditions"),
            Json.createObjectBuilder()
                .add("name", "Coeliac disease")
                .add("onset", "2012-04-01")
                .add("status", "ACTIVE")
                .build()));
    created(
        GP.post(
            patient.path("/observations"),
            Json.createObjectBuilder()
                .add("name", "Ferritin")
                .add("value", Json.createValue(new BigDecimal("14")))
                .add("unit", "ug/L")
                .add("rangeLow", 30)
                .add("rangeHigh", 300)
                .add("effectiveAt", Instant.now().minus(Duration.ofDays(2)).toString())
                .build()));
    return patient;
  }

  private static void created(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
  }

  private static JsonObject categories(String... names) {
    return Json.createObjectBuilder()
        .add("categories", Json.createArrayBuilder(List.of(names)))
        .build();
  }

  private static List<String> restrictions(Api who) {
    Response answer = who.get("/me/restrictions");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("categories").getValuesAs(JsonString::getString);
  }

  /** The clinician opens the patient's record in an emergency and then reads her results. */
  private static void readsResultsInAnEmergency(Api clinician, TestPatient patient, String why) {
    created(
        clinician.post(
            patient.path("/emergency-access"),
            Json.createObjectBuilder().add("reason", why).build()));
    Response read = clinician.get(patient.path("/observations"));
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.body()).contains("Ferritin");
  }

  /** The administrator's audit entries of the actor's action about the patient, newest first. */
  private static List<JsonObject> audit(String actor, String action, String outcome, long patient) {
    return Api.auditEntries(actor, action, outcome).stream()
        .filter(e -> e.get("patientId") instanceof JsonNumber id && id.longValue() == patient)
        .toList();
  }

  @Test
  void restrictedResultsAreKeptFromTheCareTeamButNotFromAGranteeNorInAnEmergency() {
    TestPatient patient = patientWithAResult();
    Api.Credentials friend = Api.newPatient("friend");
    created(
        patient
            .api()
            .post(
                "/consents",
                Json.createObjectBuilder()
                    .add("granteeUsername", friend.username())
                    .add("categories", Json.createArrayBuilder().add("RESULTS"))
                    .add("validUntil", Instant.now().plus(Duration.ofDays(7)).toString())
                    .build()));
    assertThat(restrictions(patient.api())).isEmpty();
    assertThat(GP.get(patient.path("/record")).body()).contains("Ferritin");

    Response restricted = patient.api().put("/me/restrictions", categories("RESULTS"));
    assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    assertThat(restricted.json().getJsonArray("categories").toString()).isEqualTo("[\"RESULTS\"]");
    assertThat(restrictions(patient.api())).containsExactly("RESULTS");

    Response record = GP.get(patient.path("/record"));
    assertThat(record.status()).as(record.toString()).isEqualTo(200);
    assertThat(record.json().containsKey("observations")).isFalse();
    assertThat(record.json().getJsonArray("sections").toString()).doesNotContain("RESULTS");
    assertThat(record.body()).contains("Coeliac disease").doesNotContain("Ferritin", "restricted");
    Response results = GP.get(patient.path("/observations"));
    assertThat(results.status()).as(results.toString()).isEqualTo(404);
    assertThat(results.body()).doesNotContain("Ferritin", "restricted");
    assertThat(audit("dr.chen", "RESULTS_READ", "DENIED", patient.id()))
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.getString("detail")).isEqualTo("RESULTS restricted by the patient"));
    assertThat(patient.api().get("/me/access-log?size=200").items())
        .anySatisfy(
            e -> {
              assertThat(e.getString("actorUsername")).isEqualTo("dr.chen");
              assertThat(e.getString("category")).isEqualTo("RESULTS");
              assertThat(e.getString("outcome")).isEqualTo("DENIED");
              assertThat(e.getString("purpose")).isEqualTo("CARE");
            });
    assertThat(patient.api().get(patient.path("/observations")).body())
        .as("the patient herself")
        .contains("Ferritin");

    Response granted =
        Api.as(friend.username(), friend.password()).get(patient.path("/observations"));
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(granted.body()).contains("Ferritin");

    Api outsider = Api.demo("dr.patel");
    readsResultsInAnEmergency(outsider, patient, "Collapsed at the pharmacy, anaemia?");

    Response lifted = patient.api().put("/me/restrictions", categories());
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(lifted.json().getJsonArray("categories")).isEmpty();
    Response again = GP.get(patient.path("/observations"));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.body()).contains("Ferritin");
    assertThat(audit(patient.username(), "CARE_TEAM_RESTRICTION_CHANGED", "SUCCESS", patient.id()))
        .extracting(e -> e.getString("detail"))
        .containsExactly("[RESULTS] -> []", "[] -> [RESULTS]");
  }

  @Test
  void theCareTeamMayBreakTheGlassForWhatThePatientKeepsFromThem() {
    TestPatient patient = patientWithAResult();
    assertThat(patient.api().put("/me/restrictions", categories("RESULTS", "MEDICATIONS")).status())
        .isEqualTo(200);
    assertThat(GP.get(patient.path("/observations")).status()).isEqualTo(404);

    readsResultsInAnEmergency(GP, patient, "Unconscious in clinic, need her results");
    assertThat(audit("dr.chen", "RESULTS_READ", "ALLOWED", patient.id()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("EMERGENCY"));
  }

  @Test
  void badCategoriesChangeNothingAndOnlyThePatientChangesHerRestrictions() {
    TestPatient patient = patientWithAResult();
    assertThat(patient.api().put("/me/restrictions", categories("DOCUMENTS")).status())
        .isEqualTo(200);

    Map<String, Response> refused = new LinkedHashMap<>();
    refused.put("unknown", patient.api().put("/me/restrictions", categories("RESULTS", "SECRETS")));
    refused.put("ALL", patient.api().put("/me/restrictions", categories("ALL")));
    refused.put(
        "missing", patient.api().put("/me/restrictions", Json.createObjectBuilder().build()));
    refused.put(
        "null",
        patient
            .api()
            .put(
                "/me/restrictions",
                Json.createObjectBuilder()
                    .add("categories", Json.createArrayBuilder().addNull())
                    .build()));
    refused.forEach(
        (what, answer) -> {
          assertThat(answer.status()).as(what + ": " + answer).isEqualTo(400);
          assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
          assertThat(answer.errorFields()).as(what).containsExactly("categories");
        });
    assertThat(restrictions(patient.api())).containsExactly("DOCUMENTS");

    for (String other : List.of("carol", "desk.jones", "dr.chen", "admin")) {
      Api api = Api.demo(other);
      assertThat(api.put("/me/restrictions", categories("RESULTS")).status())
          .as(other + " PUT")
          .isEqualTo(403);
      assertThat(api.get("/me/restrictions").status()).as(other + " GET").isEqualTo(403);
    }
    assertThat(Api.anonymous().get("/me/restrictions").status()).isEqualTo(401);
    assertThat(restrictions(patient.api())).containsExactly("DOCUMENTS");
    assertThat(audit(patient.username(), "CARE_TEAM_RESTRICTION_CHANGED", "SUCCESS", patient.id()))
        .hasSize(1);
  }
}
