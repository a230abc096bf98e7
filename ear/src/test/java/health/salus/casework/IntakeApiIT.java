package health.salus.casework;

import static health.salus.casework.Casework.assertProblem;
import static health.salus.casework.Casework.intake;
import static health.salus.casework.Casework.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intake assessment over the API: recorded by the case manager while the case is in INTAKE,
 * required to open the case, revised only from the version read (409 on a stale one), locked once
 * the case is open, read by the case team only; bad answers 400; all audited.
 */
class IntakeApiIT {

  private static final JsonObject EMPTY = Json.createObjectBuilder().build();

  private static Credentials manager;
  private static Api cm;

  @BeforeAll
  static void caseManager() {
    manager = Api.newStaff("cm-in", "CASE_MANAGER");
    cm = Api.as(manager.username(), manager.password());
  }

  @Test
  void theCaseOpensOnlyOnceItsIntakeIsRecordedAndThenTheIntakeIsLocked() {
    TestPatient patient = TestPatient.register("cw-in");
    String base = "/cases/" + openIntake(cm, patient.id(), "Referred by the GP");
    assertProblem(cm.get(base + "/intake"), 404);

    Response refused = cm.post(base + "/open", EMPTY);
    assertProblem(refused, 422);
    assertThat(refused.json().getString("detail")).contains("intake");

    Response recorded = cm.put(base + "/intake", intake("HIGH", "Falls at night", null));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    assertThat(recorded.json().getString("riskLevel")).isEqualTo("HIGH");
    assertThat(recorded.json().getString("risks")).isEqualTo("Falls at night");
    assertThat(recorded.json().getBoolean("consentToShare")).isTrue();

    JsonObject c = cm.get(base).json();
    assertThat(c.getJsonObject("intake").getString("presentingNeeds"))
        .isEqualTo("Help with meals and shopping");
    JsonObject patientSide = patient.api().get(base).json();
    assertThat(!patientSide.containsKey("intake") || patientSide.isNull("intake")).isTrue();
    assertProblem(patient.api().get(base + "/intake"), 403);

    Response opened = cm.post(base + "/open", EMPTY);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(opened.json().getString("status")).isEqualTo("OPEN");
    long version = cm.get(base + "/intake").json().getJsonNumber("version").longValue();
    assertProblem(cm.put(base + "/intake", intake("LOW", null, version)), 422);
    assertThat(cm.get(base + "/intake").json().getString("riskLevel")).isEqualTo("HIGH");

    assertThat(Api.auditEntries(manager.username(), "CASE_INTAKE_RECORD", "SUCCESS", patient.id()))
        .hasSize(1);
    assertThat(Api.auditEntries(manager.username(), "CASE_INTAKE_RECORD", "FAILURE", patient.id()))
        .hasSize(1);
    assertThat(Api.auditEntries(manager.username(), "CASE_OPEN_INTAKE", "FAILURE", patient.id()))
        .hasSize(1);
    assertThat(Api.auditEntries(manager.username(), "CASE_INTAKE_READ", "SUCCESS", patient.id()))
        .isNotEmpty();
  }

  @Test
  void aRevisionNamesTheVersionReadAndAStaleOneIsAConflict() {
    TestPatient patient = TestPatient.register("cw-inv");
    String base = "/cases/" + openIntake(cm, patient.id(), "Referred by the hospital");
    long first =
        cm.put(base + "/intake", intake("LOW", null, null))
            .json()
            .getJsonNumber("version")
            .longValue();

    Response revised = cm.put(base + "/intake", intake("MEDIUM", "Lives far from shops", first));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    long second = revised.json().getJsonNumber("version").longValue();
    assertThat(second).isGreaterThan(first);

    assertProblem(cm.put(base + "/intake", intake("HIGH", "Stale edit", first)), 409);
    assertProblem(cm.put(base + "/intake", intake("HIGH", "No version", null)), 409);
    JsonObject now = cm.get(base + "/intake").json();
    assertThat(now.getString("riskLevel")).isEqualTo("MEDIUM");
    assertThat(now.getJsonNumber("version").longValue()).isEqualTo(second);
    assertThat(Api.auditEntries(manager.username(), "CASE_INTAKE_RECORD", "FAILURE", patient.id()))
        .hasSize(2);
  }

  @Test
  void missingOrBadAnswersAre400AndOthersMayNotRecord() {
    TestPatient patient = TestPatient.register("cw-inb");
    String base = "/cases/" + openIntake(cm, patient.id(), "Referred by a friend");

    assertProblem(cm.put(base + "/intake", intake("HIGH", null, null)), 400);
    assertProblem(cm.put(base + "/intake", intake("HIGH", "   ", null)), 400);
    assertProblem(
        cm.put(base + "/intake", Api.with(intake("LOW", null, null), "personGoals", null)), 400);
    assertProblem(
        cm.put(base + "/intake", Api.with(intake("LOW", null, null), "consentToShare", null)), 400);
    assertProblem(
        cm.put(
            base + "/intake",
            Api.with(intake("LOW", null, null), "livingSituation", Api.text("CASTLE"))),
        400);
    assertProblem(
        cm.put(
            base + "/intake",
            Api.with(intake("LOW", null, null), "riskLevel", Api.text("EXTREME"))),
        400);
    assertProblem(
        cm.put(
            base + "/intake",
            Api.with(intake("LOW", null, null), "presentingNeeds", Api.text("x".repeat(2001)))),
        400);

    Credentials other = Api.newStaff("cm-in-x", "CASE_MANAGER");
    Api stranger = Api.as(other.username(), other.password());
    assertProblem(stranger.put(base + "/intake", intake("LOW", null, null)), 404);
    assertProblem(stranger.get(base + "/intake"), 404);
    assertProblem(patient.api().put(base + "/intake", intake("LOW", null, null)), 403);
    assertProblem(cm.put("/cases/999999999/intake", intake("LOW", null, null)), 404);
    assertProblem(cm.get(base + "/intake"), 404);
  }
}
