package health.salus.education;

import static health.salus.education.Education.AGEING;
import static health.salus.education.Education.HEART;
import static health.salus.education.Education.assertProblem;
import static health.salus.education.Education.programme;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A programme assigned as part of a patient's care, over HTTP: the case manager of the patient's
 * case (or their GP) assigns it with a reason, the patient sees who and why in their progress and
 * is told in their own language; staff without a care relationship are refused and change nothing.
 */
class ProgrammeAssignmentApiIT {

  private static JsonObject assignment(long patientId, String reason) {
    return Json.createObjectBuilder().add("patientId", patientId).add("reason", reason).build();
  }

  private static List<JsonObject> notices(Api who) {
    return who.get("/me/notifications?size=100").items();
  }

  private static JsonObject progressOf(Api patient, long programmeId) {
    return patient.get("/me/progress").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("programmeId").longValue() == programmeId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not enrolled in " + programmeId));
  }

  @Test
  void theCaseManagerAssignsAProgrammeAndThePatientSeesWhoAndWhyInTheirLanguage() {
    Credentials cmLogin = Api.newStaff("cm-assign", "CASE_MANAGER");
    Api cm = Api.as(cmLogin.username(), cmLogin.password());
    TestPatient patient = TestPatient.register("edu-assigned");
    assertThat(patient.api().changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    Response opened =
        cm.post(
            "/cases",
            Json.createObjectBuilder()
                .add("patientId", patient.id())
                .add("programme", "CHRONIC_CARE")
                .add("summary", "Falls at home")
                .build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long ageing = programme(AGEING);
    String reason = "Two falls this winter " + Api.unique("why");

    Response assigned =
        cm.post("/programmes/" + ageing + "/enrolments", assignment(patient.id(), reason));

    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.json().getBoolean("assigned")).isTrue();
    assertThat(assigned.json().getString("reason")).isEqualTo(reason);
    assertThat(assigned.json().getString("assignedByUsername")).isEqualTo(cmLogin.username());
    JsonObject progress = progressOf(patient.api(), ageing);
    assertThat(progress.getString("assignedBy")).isEqualTo("Staff " + cmLogin.username());
    assertThat(progress.getString("reason")).isEqualTo(reason);
    List<JsonObject> told =
        notices(patient.api()).stream()
            .filter(n -> n.getString("title").startsWith("为您安排的健康课程"))
            .toList();
    assertThat(told).singleElement();
    assertThat(told.get(0).getString("body"))
        .contains("Staff " + cmLogin.username())
        .contains(reason);

    Response again =
        cm.post("/programmes/" + ageing + "/enrolments", assignment(patient.id(), "again"));
    assertThat(again.status()).as("already enrolled").isEqualTo(200);
    assertThat(notices(patient.api())).as("told once").hasSize(1);
  }

  @Test
  void theGpAssignsInEnglishAndTheSelfEnrolledAreNotAssigned() {
    TestPatient patient = TestPatient.withGp("edu-gp-assign", "dr.chen");
    long heart = programme(HEART);
    long ageing = programme(AGEING);
    assertThat(patient.api().post("/programmes/" + heart + "/enrolments").status()).isEqualTo(201);

    Response byGp =
        Api.demo("dr.chen")
            .post(
                "/programmes/" + ageing + "/enrolments",
                Json.createObjectBuilder().add("patientId", patient.id()).build());

    assertThat(byGp.status()).as(byGp.toString()).isEqualTo(201);
    JsonObject assignedProgress = progressOf(patient.api(), ageing);
    assertThat(assignedProgress.getString("assignedBy")).isEqualTo("Dr Wei Chen");
    assertThat(Education.absent(assignedProgress, "reason")).isTrue();
    assertThat(Education.absent(progressOf(patient.api(), heart), "assignedBy")).isTrue();
    assertThat(notices(patient.api()))
        .extracting(n -> n.getString("title"))
        .containsExactly("A health programme for you: " + AGEING);
  }

  @Test
  void staffWithoutACareRelationshipOrATooLongReasonAreRefusedAndNothingChanges() {
    TestPatient patient = TestPatient.register("edu-no-care");
    long ageing = programme(AGEING);
    Credentials stranger = Api.newStaff("cm-stranger", "CASE_MANAGER");

    assertProblem(
        Api.as(stranger.username(), stranger.password())
            .post("/programmes/" + ageing + "/enrolments", assignment(patient.id(), "Because")),
        403);
    assertProblem(
        Api.demo("dr.chen")
            .post("/programmes/" + ageing + "/enrolments", assignment(patient.id(), "Because")),
        403);
    TestPatient own = TestPatient.withGp("edu-long-reason", "dr.chen");
    assertProblem(
        Api.demo("dr.chen")
            .post("/programmes/" + ageing + "/enrolments", assignment(own.id(), "x".repeat(501))),
        400);

    assertThat(patient.api().get("/me/progress").jsonArray()).isEmpty();
    assertThat(own.api().get("/me/progress").jsonArray()).isEmpty();
    assertThat(notices(patient.api())).isEmpty();
  }
}
