package health.salus.monitoring;

import static health.salus.monitoring.Monitoring.alertsOf;
import static health.salus.monitoring.Monitoring.answers;
import static health.salus.monitoring.Monitoring.bounds;
import static health.salus.monitoring.Monitoring.noticesAbout;
import static health.salus.monitoring.Monitoring.reading;
import static health.salus.monitoring.Monitoring.record;
import static health.salus.monitoring.Monitoring.threshold;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.monitoring.Monitoring.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monitoring API: readings with their units, thresholds set by the care team, one alert per
 * excursion told to the care team, the WHO-5 check-in, and who may read. Each test makes its own
 * patients; dr.chen (the demo clinician) is added to a patient's care team where a test needs it.
 */
class ReadingsApiIT {

  private static Response readingsOf(Api who, Patient patient, String query) {
    return who.get("/patients/" + patient.patientId() + "/readings" + query);
  }

  private static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }

  private static List<JsonObject> audited(String actor, String action, long patientId) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("action", action);
    query.put("patientId", patientId);
    Response page = Api.admin().get("/admin/audit" + Api.query(query));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  @Test
  void everyTypeIsRecordedInItsUnitAndListedOverTime() {
    Patient patient = Monitoring.patient(false);
    Instant earlier = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

    Response created =
        patient.api().post("/me/readings", reading("BLOOD_GLUCOSE", 180.16, "mg/dL", earlier));
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 128, "mmHg");
    record(patient, "BLOOD_PRESSURE_DIASTOLIC", 82, "mmHg");
    record(patient, "weight", 72.45, "kg");
    record(patient, "HEART_RATE", 64, "/min");
    record(patient, "STEPS", 8042, "steps");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject glucose = created.json();
    assertThat(created.header("Location").orElseThrow())
        .endsWith("/me/readings/" + glucose.getJsonNumber("id").longValue());
    assertThat(glucose.getString("type")).isEqualTo("BLOOD_GLUCOSE");
    assertThat(glucose.getJsonNumber("value").doubleValue()).isEqualTo(10.0);
    assertThat(glucose.getString("unit")).isEqualTo("mmol/L");
    assertThat(glucose.getJsonNumber("enteredValue").doubleValue()).isEqualTo(180.16);
    assertThat(glucose.getString("enteredUnit")).isEqualTo("mg/dL");
    assertThat(Instant.parse(glucose.getString("takenAt"))).isEqualTo(earlier);

    Response all = readingsOf(patient.api(), patient, "");
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.total()).isEqualTo(6);
    assertThat(all.items().get(0).getString("type")).as("oldest first").isEqualTo("BLOOD_GLUCOSE");
    assertThat(all.items())
        .extracting(r -> r.getString("unit"))
        .containsExactly("mmol/L", "mmHg", "mmHg", "kg", "/min", "steps");
    assertThat(all.items().get(3).getJsonNumber("value").doubleValue()).isEqualTo(72.5);
    Response weights = readingsOf(patient.api(), patient, "?type=WEIGHT");
    assertThat(weights.items())
        .singleElement()
        .satisfies(r -> assertThat(r.getString("type")).isEqualTo("WEIGHT"));
    assertProblem(readingsOf(patient.api(), patient, "?type=MOOD"), 400);
  }

  @Test
  void aUnitThatIsNotTheTypesIs422AndStoresNothing() {
    Patient patient = Monitoring.patient(false);

    Response pounds = patient.api().post("/me/readings", reading("WEIGHT", 160, "lb"));
    Response glucoseInMmHg =
        patient.api().post("/me/readings", reading("BLOOD_GLUCOSE", 6, "mmHg"));
    Response noUnit = patient.api().post("/me/readings", reading("HEART_RATE", 60, null));

    assertProblem(pounds, 422);
    assertThat(pounds.json().getString("detail")).contains("kg");
    assertProblem(glucoseInMmHg, 422);
    assertThat(glucoseInMmHg.json().getString("detail")).contains("mmol/L").contains("mg/dL");
    assertProblem(noUnit, 400);
    assertThat(noUnit.errorFields()).containsExactly("unit");
    assertThat(readingsOf(patient.api(), patient, "").total()).isZero();
  }

  @Test
  void badValuesAndTimesAre400AndChangeNothing() {
    Patient patient = Monitoring.patient(true);
    threshold(patient, "BLOOD_PRESSURE_SYSTOLIC", null, 140.0);
    Instant now = Instant.now();
    List<JsonObject> bad =
        List.of(
            reading("BLOOD_PRESSURE_SYSTOLIC", 39, "mmHg"),
            reading("BLOOD_PRESSURE_SYSTOLIC", 301, "mmHg"),
            reading("BLOOD_GLUCOSE", 1000, "mg/dL"),
            reading("STEPS", 100.5, "steps"),
            reading("STEPS", -1, "steps"),
            reading("WEIGHT", 80, "kg", now.plus(Duration.ofHours(1))),
            reading("WEIGHT", 80, "kg", now.minus(Duration.ofDays(400))),
            reading("WEIGHT", 80, "kg", null),
            reading("MOOD", 3, "kg"),
            reading(null, 3, "kg"),
            reading("WELLBEING", 40, "%"),
            Json.createObjectBuilder().add("type", "WEIGHT").add("unit", "kg").build());

    for (JsonObject body : bad) {
      Response refused = patient.api().post("/me/readings", body);
      assertProblem(refused, 400);
      assertThat(refused.errorFields()).as(body.toString()).isNotEmpty();
    }
    Response malformed = patient.api().post("/me/readings", "{\"type\":", "application/json");
    assertProblem(malformed, 400);
    Response text =
        patient
            .api()
            .post(
                "/me/readings",
                reading("WEIGHT", 80, "kg").toString().replace("80.0", "\"heavy\""),
                "application/json");
    assertProblem(text, 400);

    assertThat(readingsOf(patient.api(), patient, "").total()).isZero();
    assertThat(alertsOf(patient, "OPEN")).isEmpty();
    assertThat(audited(patient.username(), "READING_RECORD", patient.patientId()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("outcome")).isEqualTo("FAILURE"));
  }

  @Test
  void onlyAClinicianOfTheCareTeamSetsThresholds() {
    Patient ofChen = Monitoring.patient(true);
    Patient notOfChen = Monitoring.patient(false);
    String path = "/patients/" + ofChen.patientId() + "/thresholds/";

    Response set = Api.demo("dr.chen").put(path + "blood_glucose", bounds(4.0, 10.0));
    Response highOnly =
        Api.demo("dr.chen").put(path + "BLOOD_PRESSURE_SYSTOLIC", bounds(null, 140.0));
    Response changed = Api.demo("dr.chen").put(path + "BLOOD_GLUCOSE", bounds(4.5, 9.0));

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getString("type")).isEqualTo("BLOOD_GLUCOSE");
    assertThat(highOnly.status()).as(highOnly.toString()).isEqualTo(200);
    assertThat(highOnly.json().containsKey("low") && !highOnly.json().isNull("low")).isFalse();
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    Response listed = ofChen.api().get("/patients/" + ofChen.patientId() + "/thresholds");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.jsonArray().getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("type"), t -> t.getString("unit"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BLOOD_PRESSURE_SYSTOLIC", "mmHg"),
            org.assertj.core.groups.Tuple.tuple("BLOOD_GLUCOSE", "mmol/L"));
    assertThat(listed.jsonArray().getJsonObject(1).getJsonNumber("low").doubleValue())
        .isEqualTo(4.5);
    assertThat(listed.jsonArray().getJsonObject(1).getString("setBy")).isNotBlank();

    assertProblem(
        Api.demo("dr.chen")
            .put("/patients/" + notOfChen.patientId() + "/thresholds/WEIGHT", bounds(50.0, 90.0)),
        403);
    assertProblem(ofChen.api().put(path + "WEIGHT", bounds(50.0, 90.0)), 403);
    assertProblem(Api.demo("desk.jones").put(path + "WEIGHT", bounds(50.0, 90.0)), 403);
    for (JsonObject bad :
        List.of(bounds(10.0, 4.0), bounds(5.0, 5.0), bounds(null, null), bounds(0.1, 9.0))) {
      assertProblem(Api.demo("dr.chen").put(path + "BLOOD_GLUCOSE", bad), 400);
    }
    assertProblem(Api.demo("dr.chen").put(path + "WELLBEING", bounds(50.0, null)), 400);
    assertProblem(Api.demo("dr.chen").put(path + "MOOD", bounds(1.0, 2.0)), 400);
    Response after = ofChen.api().get("/patients/" + ofChen.patientId() + "/thresholds");
    assertThat(after.jsonArray().getJsonObject(1).getJsonNumber("high").doubleValue())
        .isEqualTo(9.0);
    assertThat(
            Api.demo("dr.chen").get("/patients/" + notOfChen.patientId() + "/thresholds").status())
        .isEqualTo(404);
    assertThat(audited("dr.chen", "READING_THRESHOLD_SET", notOfChen.patientId()))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("outcome")).isEqualTo("DENIED"));
  }

  @Test
  void aReadingBeyondTheThresholdAlertsOncePerExcursionAndAgainAfterBackInRange() {
    Patient patient = Monitoring.patient(true);
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 150, "mmHg");
    assertThat(alertsOf(patient, "OPEN")).as("no threshold, no alert").isEmpty();
    threshold(patient, "BLOOD_PRESSURE_SYSTOLIC", 90.0, 140.0);

    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 152, "mmHg");
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 165, "mmHg");
    record(patient, "BLOOD_PRESSURE_DIASTOLIC", 120, "mmHg");
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 88, "mmHg");
    List<JsonObject> one = alertsOf(patient, "OPEN");
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 130, "mmHg");
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 140, "mmHg");
    record(patient, "BLOOD_PRESSURE_SYSTOLIC", 141, "mmHg");

    assertThat(one)
        .as("152, 165 and 88 are one excursion: beyond, beyond, below")
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getString("type")).isEqualTo("BLOOD_PRESSURE_SYSTOLIC");
              assertThat(a.getJsonNumber("value").doubleValue()).isEqualTo(152);
              assertThat(a.getJsonNumber("high").doubleValue()).isEqualTo(140);
              assertThat(a.getString("unit")).isEqualTo("mmHg");
              assertThat(a.getString("patientName")).isEqualTo(patient.fullName());
              assertThat(a.getString("status")).isEqualTo("OPEN");
            });
    List<JsonObject> open = alertsOf(patient, "OPEN");
    assertThat(open).hasSize(2);
    assertThat(open.get(0).getJsonNumber("value").doubleValue()).as("newest first").isEqualTo(141);
    assertThat(noticesAbout(patient))
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.getString("body")).contains("mmHg"));
  }

  @Test
  void theCareTeamAcknowledgesAnAlertOnce() {
    Patient patient = Monitoring.patient(true);
    threshold(patient, "HEART_RATE", 45.0, 110.0);
    record(patient, "HEART_RATE", 130, "/min");
    long alertId = alertsOf(patient, "OPEN").get(0).getJsonNumber("id").longValue();

    Response byPatient = patient.api().post("/alerts/" + alertId + "/acknowledge");
    Response acknowledged = Api.demo("dr.chen").post("/alerts/" + alertId + "/acknowledge");
    Response again = Api.demo("dr.chen").post("/alerts/" + alertId + "/acknowledge");

    assertProblem(byPatient, 403);
    assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
    assertThat(acknowledged.json().getString("status")).isEqualTo("ACKNOWLEDGED");
    assertThat(acknowledged.json().getString("acknowledgedBy")).isEqualTo("dr.chen");
    assertProblem(again, 409);
    assertProblem(Api.demo("dr.chen").post("/alerts/" + Long.MAX_VALUE + "/acknowledge"), 404);
    assertThat(alertsOf(patient, "OPEN")).isEmpty();
    assertThat(alertsOf(patient, "ACKNOWLEDGED")).hasSize(1);
    assertProblem(Api.demo("dr.chen").get("/me/alerts?status=GONE"), 400);
    assertProblem(patient.api().get("/me/alerts"), 403);
    assertThat(audited("dr.chen", "READING_ALERT_ACKNOWLEDGE", patient.patientId()))
        .extracting(e -> e.getString("outcome"))
        .contains("SUCCESS", "FAILURE");
  }

  @Test
  void alertsOfAPatientOutsideTheCareTeamAreNotShownNorAcknowledged() {
    Patient alone = Monitoring.patient(false);
    Patient ofChen = Monitoring.patient(true);
    threshold(ofChen, "WEIGHT", 40.0, 100.0);
    record(ofChen, "WEIGHT", 120, "kg");
    record(alone, "WEIGHT", 120, "kg");

    assertThat(alertsOf(ofChen, "OPEN")).hasSize(1);
    assertThat(alertsOf(alone, "OPEN")).isEmpty();
    assertThat(noticesAbout(alone)).isEmpty();
    long alertId = alertsOf(ofChen, "OPEN").get(0).getJsonNumber("id").longValue();
    Api patel = Api.demo("dr.patel");
    assertThat(patel.get("/me/alerts?size=200").items())
        .noneMatch(a -> a.getJsonNumber("id").longValue() == alertId);
    assertProblem(patel.post("/alerts/" + alertId + "/acknowledge"), 404);
    assertProblem(
        patel.put("/patients/" + ofChen.patientId() + "/thresholds/WEIGHT", bounds(40.0, 90.0)),
        403);
    assertThat(alertsOf(ofChen, "OPEN")).hasSize(1);
  }

  @Test
  void outsidersAreNotFoundAndAudited() {
    Patient patient = Monitoring.patient(false);
    Patient other = Monitoring.patient(false);
    record(patient, "STEPS", 4000, "steps");
    String base = "/patients/" + patient.patientId();

    Response byOther = other.api().get(base + "/readings");
    Response byClinician = Api.demo("dr.chen").get(base + "/readings");
    Response wellbeing = other.api().get(base + "/wellbeing");
    Response thresholds = other.api().get(base + "/thresholds");
    Response none = other.api().get("/patients/" + Long.MAX_VALUE + "/readings");

    for (Response refused : List.of(byOther, byClinician, wellbeing, thresholds, none)) {
      assertProblem(refused, 404);
      assertThat(refused.json().getString("detail")).isEqualTo(none.json().getString("detail"));
    }
    assertThat(audited(other.username(), "READINGS_READ", patient.patientId()))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("outcome")).isEqualTo("DENIED"));
    assertProblem(Api.demo("dr.chen").post("/me/readings", reading("STEPS", 10, "steps")), 403);
  }

  @Test
  void theCareTeamAndAReadingsGranteeReadButAMedicationsGranteeDoesNot() {
    Patient patient = Monitoring.patient(true);
    Api.Credentials readings = Api.newPatient("grantee");
    Api.Credentials medications = Api.newPatient("grantee");
    record(patient, "HEART_RATE", 70, "/min");
    grant(patient, readings.username(), "READINGS");
    grant(patient, medications.username(), "MEDICATIONS");

    Response byGrantee = readingsOf(Api.as(readings.username(), readings.password()), patient, "");
    Response byCareTeam = readingsOf(Api.demo("dr.chen"), patient, "");
    Response byOtherGrantee =
        readingsOf(Api.as(medications.username(), medications.password()), patient, "");

    assertThat(byGrantee.status()).as(byGrantee.toString()).isEqualTo(200);
    assertThat(byGrantee.total()).isEqualTo(1);
    assertThat(byCareTeam.status()).as(byCareTeam.toString()).isEqualTo(200);
    assertThat(byCareTeam.total()).isEqualTo(1);
    assertProblem(byOtherGrantee, 404);
    assertThat(audited(readings.username(), "READINGS_READ", patient.patientId()))
        .extracting(e -> e.getString("outcome"), e -> e.getString("purpose", ""))
        .contains(org.assertj.core.groups.Tuple.tuple("ALLOWED", "CONSENT"));
  }

  private static void grant(Patient patient, String grantee, String category) {
    patient.api().grant(grantee, Duration.ofDays(30), false, category);
  }

  @Test
  void theWho5CheckInIsScoredWeeklyAndALowScoreAlertsTheCareTeam() {
    Patient patient = Monitoring.patient(true);

    Response low = patient.api().post("/me/wellbeing", answers(3, 2, 3, 2, 2));
    Response again = patient.api().post("/me/wellbeing", answers(5, 5, 5, 5, 5));

    assertThat(low.status()).as(low.toString()).isEqualTo(201);
    assertThat(low.json().getInt("rawScore")).isEqualTo(12);
    assertThat(low.json().getInt("percent")).isEqualTo(48);
    assertThat(low.json().getBoolean("low")).isTrue();
    assertProblem(again, 409);
    Response listed = patient.api().get("/patients/" + patient.patientId() + "/wellbeing");
    assertThat(listed.items())
        .singleElement()
        .satisfies(w -> assertThat(w.getInt("percent")).isEqualTo(48));
    assertThat(alertsOf(patient, "OPEN"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getString("type")).isEqualTo("WELLBEING");
              assertThat(a.getJsonNumber("value").doubleValue()).isEqualTo(48);
            });
    assertThat(noticesAbout(patient))
        .singleElement()
        .satisfies(n -> assertThat(n.getString("body")).contains("48"));

    Patient well = Monitoring.patient(true);
    Response good = well.api().post("/me/wellbeing", answers(3, 3, 3, 2, 2));
    assertThat(good.json().getInt("percent")).isEqualTo(52);
    assertThat(alertsOf(well, "OPEN")).isEmpty();
  }

  @Test
  void badCheckInAnswersAre400AndChangeNothing() {
    Patient patient = Monitoring.patient(false);
    for (JsonObject bad :
        List.of(
            answers(1, 2, 3, 4),
            answers(1, 2, 3, 4, 5, 0),
            answers(1, 2, 3, 4, 6),
            answers(-1, 2, 3, 4, 5),
            Json.createObjectBuilder().build())) {
      Response refused = patient.api().post("/me/wellbeing", bad);
      assertProblem(refused, 400);
      assertThat(refused.errorFields()).containsExactly("answers");
    }
    assertThat(patient.api().get("/patients/" + patient.patientId() + "/wellbeing").total())
        .isZero();
    assertThat(patient.api().post("/me/wellbeing", answers(4, 4, 4, 4, 4)).status()).isEqualTo(201);
  }
}
