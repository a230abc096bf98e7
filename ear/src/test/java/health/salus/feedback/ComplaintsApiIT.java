package health.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complaints and compliments register over HTTP: the lifecycle with its notices, stale
 * versions, bad input that changes nothing, who may do what, the staff dashboard's figures, and the
 * demo register.
 */
class ComplaintsApiIT {

  private static final Api DESK = Api.demo("desk.jones");

  static JsonObject complaint(String kind, String category, String description) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (kind != null) {
      body.add("kind", kind);
    }
    if (category != null) {
      body.add("category", category);
    }
    if (description != null) {
      body.add("description", description);
    }
    return body.build();
  }

  static long lodge(Api patient, String description) {
    Response lodged = patient.post("/complaints", complaint("COMPLAINT", "CARE", description));
    assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
    return lodged.json().getJsonNumber("id").longValue();
  }

  private static JsonObject step(String field, String value, Long version) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (field != null) {
      body.add(field, value);
    }
    if (version != null) {
      body.add("version", version);
    }
    return body.build();
  }

  private static List<String> titles(Api api) {
    return api.get("/me/notifications?size=50").items().stream()
        .map(n -> n.getString("title"))
        .toList();
  }

  @Test
  void aComplaintIsAcknowledgedAndResolvedAndThePatientFollowsIt() {
    TestPatient patient = TestPatient.register("fb-cmp");
    Api api = patient.api();

    Response lodged =
        api.post("/complaints", complaint("COMPLAINT", "COMMUNICATION", "Nobody called me back."));
    assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
    JsonObject created = lodged.json();
    long id = created.getJsonNumber("id").longValue();
    assertThat(lodged.header("Location").orElseThrow()).endsWith("/complaints/" + id);
    assertThat(created.getString("status")).isEqualTo("RECEIVED");
    assertThat(created.getJsonNumber("patientId").longValue()).isEqualTo(patient.id());
    Instant received = Instant.parse(created.getString("receivedAt"));
    Instant ackBy = Instant.parse(created.getString("acknowledgeBy"));
    Instant resolveBy = Instant.parse(created.getString("resolveBy"));
    assertThat(Duration.between(received, ackBy)).isBetween(Duration.ofDays(1), Duration.ofDays(7));
    assertThat(Duration.between(received, resolveBy))
        .isBetween(Duration.ofDays(30), Duration.ofDays(31));
    assertThat(created.getBoolean("mayWithdraw")).isTrue();
    assertThat(api.get("/me/complaints").jsonArray()).hasSize(1);
    assertThat(titles(api)).contains("We got your complaint");

    Response triaged =
        DESK.post(
            "/complaints/" + id + "/triage",
            Json.createObjectBuilder().add("severity", "HIGH").add("category", "CARE").build());
    assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
    assertThat(triaged.json().getString("severity")).isEqualTo("HIGH");
    assertThat(triaged.json().getString("category")).isEqualTo("CARE");

    long version = triaged.json().getJsonNumber("version").longValue();
    Response acknowledged =
        DESK.post(
            "/complaints/" + id + "/acknowledge", step("note", "We will call you today.", version));
    assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
    assertThat(acknowledged.json().getString("status")).isEqualTo("ACKNOWLEDGED");
    assertThat(titles(api)).contains("We are looking at your complaint");

    Response noResolution = DESK.post("/complaints/" + id + "/resolve", step(null, null, null));
    assertThat(noResolution.status()).as(noResolution.toString()).isEqualTo(400);
    assertThat(api.get("/complaints/" + id).json().getString("status")).isEqualTo("ACKNOWLEDGED");

    Response resolved =
        DESK.post(
            "/complaints/" + id + "/resolve",
            step("resolution", "We called and said sorry.", null));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");

    JsonObject seen = api.get("/complaints/" + id).json();
    assertThat(seen.getString("resolution")).isEqualTo("We called and said sorry.");
    assertThat(seen.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("action"))
        .containsExactly("LODGED", "TRIAGED", "ACKNOWLEDGED", "RESOLVED");
    assertThat(seen.getBoolean("mayWithdraw")).isFalse();
    assertThat(titles(api)).contains("Your complaint is resolved");

    Response late = api.post("/complaints/" + id + "/withdraw", step(null, null, null));
    assertThat(late.status()).as(late.toString()).isEqualTo(422);
  }

  @Test
  void thePatientWithdrawsAnOpenComplimentAndAStaleChangeIsRefused() {
    Api api = TestPatient.register("fb-wd").api();
    Response lodged =
        api.post("/complaints", complaint("COMPLIMENT", "CARE", "The nurse was very kind."));
    assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
    long id = lodged.json().getJsonNumber("id").longValue();
    long version = lodged.json().getJsonNumber("version").longValue();

    Response triaged =
        DESK.post(
            "/complaints/" + id + "/triage",
            Json.createObjectBuilder().add("severity", "LOW").add("version", version).build());
    assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
    // A second staff member still holds the version read before the triage.
    Response stale =
        Api.admin().post("/complaints/" + id + "/acknowledge", step("note", "Thanks", version));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(api.get("/complaints/" + id).json().getString("status")).isEqualTo("RECEIVED");

    Response withdrawn =
        api.post("/complaints/" + id + "/withdraw", step("note", "Changed my mind", null));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
    assertThat(titles(api)).contains("Your compliment is withdrawn");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    Api api = TestPatient.register("fb-bad").api();
    Response noText = api.post("/complaints", complaint("COMPLAINT", "CARE", "  "));
    assertThat(noText.status()).as(noText.toString()).isEqualTo(400);
    assertThat(noText.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(api.post("/complaints", complaint(null, "CARE", "Text")).status()).isEqualTo(400);
    assertThat(api.post("/complaints", complaint("COMPLAINT", null, "Text")).status())
        .isEqualTo(400);
    assertThat(api.post("/complaints", complaint("GRUMBLE", "CARE", "Text")).status())
        .isEqualTo(400);
    assertThat(api.post("/complaints", complaint("COMPLAINT", "CARE", "x".repeat(4001))).status())
        .isEqualTo(400);
    Response foreignAppointment =
        api.post(
            "/complaints",
            Json.createObjectBuilder(complaint("COMPLAINT", "CARE", "Text"))
                .add("appointmentId", 1)
                .build());
    assertThat(foreignAppointment.status()).as(foreignAppointment.toString()).isEqualTo(400);
    assertThat(api.get("/me/complaints").jsonArray()).isEmpty();

    long id = lodge(api, "A real one");
    Response noSeverity =
        DESK.post("/complaints/" + id + "/triage", Json.createObjectBuilder().build());
    assertThat(noSeverity.status()).as(noSeverity.toString()).isEqualTo(400);
    assertThat(DESK.get("/complaints?status=NOPE").status()).isEqualTo(400);
    JsonObject unchanged = DESK.get("/complaints/" + id).json();
    assertThat(unchanged.getString("severity", null)).isNull();
    assertThat(unchanged.getJsonArray("history")).hasSize(1);
  }

  @Test
  void eachRoleDoesOnlyItsPart() {
    TestPatient owner = TestPatient.register("fb-own");
    long id = lodge(owner.api(), "About my bill");
    Api stranger = TestPatient.register("fb-str").api();

    assertThat(stranger.get("/complaints/" + id).status()).isIn(403, 404);
    assertThat(stranger.post("/complaints/" + id + "/withdraw", step(null, null, null)).status())
        .isIn(403, 404);
    assertThat(owner.api().get("/complaints").status()).isEqualTo(403);
    assertThat(owner.api().get("/complaints/dashboard").status()).isEqualTo(403);
    assertThat(
            owner.api().post("/complaints/" + id + "/acknowledge", step(null, null, null)).status())
        .isEqualTo(403);
    assertThat(DESK.post("/complaints/" + id + "/withdraw", step(null, null, null)).status())
        .isEqualTo(403);
    assertThat(Api.demo("dr.chen").get("/complaints/" + id).status()).isEqualTo(403);
    assertThat(
            Api.demo("dr.chen")
                .post("/complaints", complaint("COMPLAINT", "CARE", "Not mine to lodge"))
                .status())
        .isEqualTo(403);
    assertThat(Api.anonymous().get("/complaints/" + id).status()).isEqualTo(401);

    // Staff lodge on a patient's behalf; the patient follows it.
    Response forOwner =
        DESK.post(
            "/complaints",
            Json.createObjectBuilder(complaint("COMPLAINT", "ACCESS", "Phoned in: no ramp"))
                .add("patientId", owner.id())
                .build());
    assertThat(forOwner.status()).as(forOwner.toString()).isEqualTo(201);
    assertThat(forOwner.json().getString("lodgedBy")).isEqualTo("Priya Jones");
    assertThat(owner.api().get("/me/complaints").jsonArray()).hasSize(2);
    assertThat(DESK.post("/complaints", complaint("COMPLAINT", "ACCESS", "For whom?")).status())
        .isEqualTo(400);
  }

  @Test
  void theDashboardCountsOpenItemsAndTheServiceLevels() {
    JsonObject before = DESK.get("/complaints/dashboard").json();
    Api api = TestPatient.register("fb-dash").api();
    long id = lodge(api, "Counted");

    JsonObject lodged = DESK.get("/complaints/dashboard").json();
    assertThat(count(lodged, "openByStatus", "RECEIVED"))
        .isEqualTo(count(before, "openByStatus", "RECEIVED") + 1);
    assertThat(count(lodged, "openBySeverity", "UNTRIAGED"))
        .isEqualTo(count(before, "openBySeverity", "UNTRIAGED") + 1);

    DESK.post("/complaints/" + id + "/acknowledge", step(null, null, null));
    JsonObject acknowledged = DESK.get("/complaints/dashboard").json();
    assertThat(count(acknowledged, "openByStatus", "ACKNOWLEDGED"))
        .isEqualTo(count(before, "openByStatus", "ACKNOWLEDGED") + 1);
    assertThat(number(acknowledged, "acknowledgedWithinSla"))
        .isEqualTo(number(before, "acknowledgedWithinSla") + 1);
    assertThat(number(acknowledged, "acknowledgementCounted"))
        .isEqualTo(number(before, "acknowledgementCounted") + 1);

    DESK.post("/complaints/" + id + "/resolve", step("resolution", "Done", null));
    JsonObject resolved = DESK.get("/complaints/dashboard").json();
    assertThat(number(resolved, "resolvedWithinSla"))
        .isEqualTo(number(before, "resolvedWithinSla") + 1);
    assertThat(number(resolved, "resolutionCounted"))
        .isEqualTo(number(before, "resolutionCounted") + 1);
    assertThat(resolved.getInt("resolvedWithinSlaPercent"))
        .isEqualTo(
            Math.round(
                100f
                    * number(resolved, "resolvedWithinSla")
                    / number(resolved, "resolutionCounted")));
    assertThat(resolved.getInt("days")).isEqualTo(90);
  }

  @Test
  void theDemoRegisterHoldsBobsComplaintsAComplimentAndAnOverdueOne() {
    List<JsonObject> bobs =
        Api.demo("bob").get("/me/complaints").jsonArray().getValuesAs(JsonObject.class);
    assertThat(bobs).extracting(c -> c.getString("status")).contains("ACKNOWLEDGED", "RESOLVED");
    List<JsonObject> alices =
        Api.demo("alice").get("/me/complaints").jsonArray().getValuesAs(JsonObject.class);
    assertThat(alices).extracting(c -> c.getString("kind")).contains("COMPLIMENT");
    JsonObject dashboard = DESK.get("/complaints/dashboard").json();
    assertThat(number(dashboard, "acknowledgementOverdue")).isPositive();
    assertThat(DESK.get("/complaints?status=RECEIVED&size=200").items())
        .anySatisfy(c -> assertThat(c.getBoolean("acknowledgementOverdue")).isTrue());
  }

  private static long count(JsonObject dashboard, String map, String key) {
    JsonObject counts = dashboard.getJsonObject(map);
    return counts.containsKey(key) ? counts.getJsonNumber(key).longValue() : 0;
  }

  private static long number(JsonObject dashboard, String field) {
    return dashboard.getJsonNumber(field).longValue();
  }
}
