package health.salus.records;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /patients/{id}/record} and the clinician's entries: the patient reads their own record;
 * the GP (care team) reads it and enters conditions, allergies, results and immunisations; a
 * clinician outside the care team and anyone else get 404 and nothing else; a grantee sees exactly
 * the granted sections; a release-dated result reaches the patient only from its release; a
 * correction keeps the history and a stale one is 409; bad input is 400 and changes nothing; each
 * decision and change is audited.
 */
class RecordApiIT {

  /** A fresh patient whose GP is dr.chen. */
  private record Patient(String username, String password, long id) {
    Api api() {
      return Api.as(username, password);
    }

    String path(String rest) {
      return "/patients/" + id + rest;
    }
  }

  private static final Api GP = Api.demo("dr.chen");

  private static Patient patientOfDrChen() {
    TestPatient p = TestPatient.withGp("rec", "dr.chen");
    return new Patient(p.username(), p.password(), p.id());
  }

  private static JsonObject condition(String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("code", "SNOMED 44054006")
        .add("onset", "2014-05-01")
        .add("status", "ACTIVE")
        .add("note", "Diet and metformin")
        .build();
  }

  private static JsonObjectBuilder result(String name, String value, Instant releaseAt) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("code", "LOINC 4548-4")
            .add("value", Json.createValue(new java.math.BigDecimal(value)))
            .add("unit", "%")
            .add("rangeLow", 4.0)
            .add("rangeHigh", 6.0)
            .add("effectiveAt", Instant.now().minus(Duration.ofDays(1)).toString());
    if (releaseAt != null) {
      body.add("releaseAt", releaseAt.toString());
    }
    return body;
  }

  private static JsonObject created(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json();
  }

  private static long id(JsonObject entry) {
    return entry.getJsonNumber("id").longValue();
  }

  private static List<String> names(JsonObject record, String section, String field) {
    return record.getJsonArray(section).getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString(field))
        .toList();
  }

  private static JsonObject record(Api who, Patient patient) {
    Response answer = who.get(patient.path("/record"));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static void assertNotFound(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.body()).doesNotContain("diabetes", "HbA1c", "Penicillin");
  }

  private static List<JsonObject> audit(String actor, String action, String outcome, long patient) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("action", action);
    query.put("outcome", outcome);
    query.put("patientId", patient);
    query.put("size", 100);
    Response page = Api.admin().get("/admin/audit" + Api.query(query));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  @Test
  void theGpEntersEverySectionAndThePatientReadsTheirOwnRecord() {
    Patient patient = patientOfDrChen();

    Response added = GP.post(patient.path("/conditions"), condition("Type 2 diabetes mellitus"));
    JsonObject diabetes = created(added);
    assertThat(added.header("Location").orElseThrow())
        .endsWith(patient.path("/conditions/" + id(diabetes)));
    created(
        GP.post(
            patient.path("/allergies"),
            Json.createObjectBuilder()
                .add("substance", "Penicillin")
                .add("reaction", "Hives")
                .add("severity", "MODERATE")
                .build()));
    JsonObject hba1c =
        created(GP.post(patient.path("/observations"), result("HbA1c", "7.4", null).build()));
    created(
        GP.post(
            patient.path("/immunisations"),
            Json.createObjectBuilder()
                .add("vaccine", "Influenza")
                .add("givenOn", LocalDate.now().minusMonths(2).toString())
                .add("doseNumber", 1)
                .build()));

    JsonObject own = record(patient.api(), patient);
    assertThat(own.getJsonObject("patient").getString("fullName"))
        .isEqualTo("Test " + patient.username());
    assertThat(own.getJsonObject("patient").getString("birthDate")).isEqualTo("1985-04-12");
    assertThat(names(own, "conditions", "name")).containsExactly("Type 2 diabetes mellitus");
    assertThat(names(own, "allergies", "substance")).containsExactly("Penicillin");
    assertThat(names(own, "immunisations", "vaccine")).containsExactly("Influenza");
    assertThat(own.getJsonArray("observations").getJsonObject(0).getString("flag"))
        .isEqualTo("HIGH");
    assertThat(
            own.getJsonArray("observations").getJsonObject(0).getJsonNumber("value").doubleValue())
        .isEqualTo(7.4);
    assertThat(own.getJsonArray("medications")).isEmpty();
    assertThat(own.getJsonArray("encounters")).isEmpty();
    assertThat(own.getJsonArray("documents")).isEmpty();
    assertThat(hba1c.getString("enteredBy")).isEqualTo("Dr Wei Chen");

    JsonObject gps = record(GP, patient);
    assertThat(names(gps, "conditions", "name")).containsExactly("Type 2 diabetes mellitus");
    assertThat(audit("dr.chen", "CONDITIONS_READ", "ALLOWED", patient.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("purpose")).isEqualTo("CARE"));
    assertThat(audit("dr.chen", "CONDITION_ADD", "SUCCESS", patient.id()))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getString("objectId")).isEqualTo(String.valueOf(id(diabetes))));
    assertThat(audit("dr.chen", "OBSERVATION_ADD", "SUCCESS", patient.id())).hasSize(1);
    assertThat(audit(patient.username(), "RESULTS_READ", "SUCCESS", patient.id())).hasSize(1);
  }

  @Test
  void aClinicianOutsideTheCareTeamAndOthersAreNotFoundAndNothingIsStored() {
    Patient patient = patientOfDrChen();
    created(GP.post(patient.path("/conditions"), condition("Type 2 diabetes mellitus")));
    Credentials stranger = Api.newPatient("stranger");
    Api patel = Api.demo("dr.patel");

    assertNotFound(patel.get(patient.path("/record")));
    assertNotFound(patel.post(patient.path("/conditions"), condition("Hypertension")));
    assertNotFound(patel.get(patient.path("/observations")));
    assertNotFound(Api.as(stranger.username(), stranger.password()).get(patient.path("/record")));
    assertNotFound(Api.demo("carol").get(patient.path("/record")));
    assertNotFound(GP.get("/patients/" + Long.MAX_VALUE + "/record"));
    assertNotFound(GP.post("/patients/" + Long.MAX_VALUE + "/conditions", condition("Gout")));
    assertThat(
            patient.api().post(patient.path("/conditions"), condition("Self-diagnosed")).status())
        .isEqualTo(403);

    assertThat(names(record(patient.api(), patient), "conditions", "name"))
        .containsExactly("Type 2 diabetes mellitus");
    assertThat(audit("dr.patel", "CONDITIONS_READ", "DENIED", patient.id())).hasSize(1);
    assertThat(audit("dr.patel", "RESULTS_READ", "DENIED", patient.id())).hasSize(2);
    assertThat(audit("dr.patel", "MEDICATIONS_READ", "DENIED", patient.id())).hasSize(1);
    assertThat(audit("dr.patel", "CONDITION_ADD", "DENIED", patient.id())).hasSize(1);
  }

  @Test
  void carolWithAlicesMedicationsAndConditionsGrantSeesExactlyThoseSections() {
    long alice = Api.demo("alice").get("/me").json().getJsonNumber("patientId").longValue();
    Response answer = Api.demo("carol").get("/patients/" + alice + "/record");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonObject record = answer.json();
    assertThat(record.getJsonArray("sections").toString())
        .isEqualTo("[\"CONDITIONS\",\"MEDICATIONS\"]");
    assertThat(names(record, "conditions", "name")).contains("Type 2 diabetes mellitus");
    assertThat(names(record, "medications", "name")).contains("Metformin");
    assertThat(names(record, "allergies", "substance")).contains("Penicillin");
    assertThat(record.getJsonArray("immunisations")).isNotEmpty();
    assertThat(record.containsKey("observations")).isFalse();
    assertThat(record.containsKey("encounters")).isFalse();
    assertThat(answer.body()).doesNotContain("HbA1c", "eGFR");
    assertNotFound(Api.demo("carol").get("/patients/" + alice + "/observations"));
    assertThat(audit("carol", "CONDITIONS_READ", "ALLOWED", alice))
        .allSatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("CONSENT"))
        .isNotEmpty();
    assertThat(audit("carol", "RESULTS_READ", "DENIED", alice)).isNotEmpty();
  }

  @Test
  void aReleaseDatedResultReachesThePatientOnlyFromItsReleaseButTheGpAtOnce() {
    Patient patient = patientOfDrChen();
    JsonObject pending =
        created(
            GP.post(
                patient.path("/observations"),
                result("PSA", "5.1", Instant.now().plus(Duration.ofDays(3))).build()));
    JsonObject released =
        created(
            GP.post(
                patient.path("/observations"),
                result("HbA1c", "5.9", Instant.now().minus(Duration.ofHours(1))).build()));

    assertThat(names(record(patient.api(), patient), "observations", "name"))
        .containsExactly("HbA1c");
    assertThat(record(patient.api(), patient).getJsonNumber("observationsTotal").longValue())
        .isEqualTo(1);
    assertThat(patient.api().get(patient.path("/observations")).items())
        .extracting(o -> o.getString("name"))
        .containsExactly("HbA1c");
    assertNotFound(patient.api().get(patient.path("/observations/" + id(pending) + "/history")));
    assertThat(
            patient.api().get(patient.path("/observations/" + id(released) + "/history")).status())
        .isEqualTo(200);

    assertThat(names(record(GP, patient), "observations", "name"))
        .containsExactlyInAnyOrder("PSA", "HbA1c");
    assertThat(GP.get(patient.path("/observations?name=PSA")).items()).hasSize(1);
    assertThat(GP.get(patient.path("/observations/" + id(pending) + "/history")).jsonArray())
        .hasSize(1);
  }

  @Test
  void aCorrectionKeepsTheHistoryAndCorrectingAnOldVersionIsAConflict() {
    Patient patient = patientOfDrChen();
    long hip =
        id(created(GP.post(patient.path("/conditions"), condition("Osteoarthritis of hip"))));
    JsonObject correction =
        Api.with(condition("Osteoarthritis of knee"), "reason", Api.text("Wrong joint"));

    JsonObject knee =
        created(GP.post(patient.path("/conditions/" + hip + "/corrections"), correction));
    Response stale =
        GP.post(
            patient.path("/conditions/" + hip + "/corrections"),
            Api.with(condition("Osteoarthritis of spine"), "reason", Api.text("Late")));

    assertThat(knee.getJsonNumber("supersedesId").longValue()).isEqualTo(hip);
    assertThat(knee.getJsonNumber("lineId").longValue()).isEqualTo(hip);
    assertThat(knee.getString("correctionReason")).isEqualTo("Wrong joint");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.json().getString("detail")).contains("already been corrected");
    assertThat(names(record(patient.api(), patient), "conditions", "name"))
        .containsExactly("Osteoarthritis of knee");
    List<JsonObject> history =
        patient
            .api()
            .get(patient.path("/conditions/" + id(knee) + "/history"))
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(v -> v.getString("name"))
        .containsExactly("Osteoarthritis of hip", "Osteoarthritis of knee");
    assertThat(history).extracting(v -> v.getBoolean("current")).containsExactly(false, true);
    assertThat(GP.get(patient.path("/conditions/" + hip + "/history")).jsonArray()).hasSize(2);
    assertThat(audit("dr.chen", "CONDITION_CORRECT", "SUCCESS", patient.id())).hasSize(1);
    assertThat(audit("dr.chen", "CONDITION_CORRECT", "FAILURE", patient.id())).hasSize(1);
  }

  @Test
  void racingCorrectionsOfOneVersionLeaveExactlyOneNewVersion() {
    Patient patient = patientOfDrChen();
    long first =
        id(created(GP.post(patient.path("/observations"), result("eGFR", "61", null).build())));
    int racers = 4;

    List<Integer> statuses =
        Race.run(
            racers,
            null,
            i ->
                GP.post(
                        patient.path("/observations/" + first + "/corrections"),
                        result("eGFR", String.valueOf(50 + i), null)
                            .add("reason", "Lab re-run " + i)
                            .build())
                    .status());

    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(racers - 1);
    assertThat(GP.get(patient.path("/observations/" + first + "/history")).jsonArray()).hasSize(2);
    assertThat(GP.get(patient.path("/observations")).items()).hasSize(1);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    Patient patient = patientOfDrChen();
    long condition = id(created(GP.post(patient.path("/conditions"), condition("Asthma"))));

    Map<String, Response> refused = new LinkedHashMap<>();
    refused.put(
        "name",
        GP.post(patient.path("/conditions"), Api.with(condition("x"), "name", Api.text(" "))));
    refused.put(
        "status",
        GP.post(
            patient.path("/conditions"), Api.with(condition("Gout"), "status", Api.text("CURED"))));
    refused.put(
        "onset",
        GP.post(
            patient.path("/conditions"),
            Api.with(condition("Gout"), "onset", Api.text("2999-01-01"))));
    refused.put(
        "reason",
        GP.post(
            patient.path("/conditions/" + condition + "/corrections"), condition("Asthma, mild")));
    refused.put(
        "severity",
        GP.post(
            patient.path("/allergies"),
            Json.createObjectBuilder().add("substance", "Latex").build()));
    refused.put(
        "rangeLow",
        GP.post(
            patient.path("/observations"), result("HbA1c", "7", null).add("rangeLow", 9).build()));
    refused.put(
        "effectiveAt",
        GP.post(
            patient.path("/observations"),
            result("HbA1c", "7", null)
                .add("effectiveAt", Instant.now().plus(Duration.ofDays(1)).toString())
                .build()));
    refused.put(
        "unit",
        GP.post(
            patient.path("/observations"),
            result("HbA1c", "7", null).add("unit", "x".repeat(41)).build()));
    refused.put(
        "doseNumber",
        GP.post(
            patient.path("/immunisations"),
            Json.createObjectBuilder()
                .add("vaccine", "Influenza")
                .add("givenOn", "2026-01-01")
                .add("doseNumber", 0)
                .build()));
    refused.put("body", GP.post(patient.path("/immunisations"), "", "application/json"));

    refused.forEach(
        (field, answer) -> {
          assertThat(answer.status()).as(field + ": " + answer).isEqualTo(400);
          assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
          if (!field.equals("body")) {
            assertThat(answer.errorFields()).as(answer.toString()).containsExactly(field);
          }
        });
    assertThat(
            GP.post(patient.path("/observations"), "{\"value\": \"lots\"}", "application/json")
                .status())
        .isEqualTo(400);
    assertThat(GP.get(patient.path("/observations?page=-1")).status()).isEqualTo(400);
    JsonObject record = record(GP, patient);
    assertThat(names(record, "conditions", "name")).containsExactly("Asthma");
    assertThat(record.getJsonArray("allergies")).isEmpty();
    assertThat(record.getJsonArray("observations")).isEmpty();
    assertThat(record.getJsonArray("immunisations")).isEmpty();
    assertThat(GP.get(patient.path("/conditions/" + condition + "/history")).jsonArray())
        .hasSize(1);
  }

  @Test
  void resultsArePagedLatestFirstAndFilteredByTest() {
    Patient patient = patientOfDrChen();
    for (int i = 0; i < 3; i++) {
      created(
          GP.post(
              patient.path("/observations"),
              result("HbA1c", "7." + i, null)
                  .add(
                      "effectiveAt", Instant.now().minus(Duration.ofDays(30L * (3 - i))).toString())
                  .build()));
    }
    created(
        GP.post(
            patient.path("/observations"),
            result("eGFR", "58", null).add("rangeHigh", 200).add("rangeLow", 60).build()));

    Response page = patient.api().get(patient.path("/observations?name=HbA1c&size=2"));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items())
        .extracting(o -> o.getJsonNumber("value").doubleValue())
        .containsExactly(7.2, 7.1);
    assertThat(patient.api().get(patient.path("/observations?name=HbA1c&size=2&page=1")).items())
        .extracting(o -> o.getJsonNumber("value").doubleValue())
        .containsExactly(7.0);
    assertThat(patient.api().get(patient.path("/observations?name=eGFR")).items())
        .singleElement()
        .satisfies(o -> assertThat(o.getString("flag")).isEqualTo("LOW"));
    assertThat(patient.api().get(patient.path("/observations")).total()).isEqualTo(4);
  }
}
