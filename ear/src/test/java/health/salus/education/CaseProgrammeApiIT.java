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
 * A programme assigned from a case, over HTTP: the case records it (who, when, why), shows the
 * patient's progress in it to the case team, and puts it on the patient timeline with the case's
 * other events; the education feature enrols the patient and tells them. Refusals change nothing.
 */
class CaseProgrammeApiIT {

  private static JsonObject assignment(long programmeId, String reason) {
    return Json.createObjectBuilder().add("programmeId", programmeId).add("reason", reason).build();
  }

  private static long openCase(Api cm, long patientId) {
    Response opened =
        cm.post(
            "/cases",
            Json.createObjectBuilder()
                .add("patientId", patientId)
                .add("programme", "CHRONIC_CARE")
                .add("summary", "Falls at home")
                .build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json().getJsonNumber("id").longValue();
  }

  private static List<JsonObject> programmesOf(Api who, long caseId) {
    Response read = who.get("/cases/" + caseId);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return read.json().containsKey("programmes")
        ? read.json().getJsonArray("programmes").getValuesAs(JsonObject.class)
        : List.of();
  }

  @Test
  void theCaseRecordsTheProgrammeItsProgressAndPutsItOnTheTimeline() {
    Credentials login = Api.newStaff("cm-case-edu", "CASE_MANAGER");
    Api cm = Api.as(login.username(), login.password());
    TestPatient patient = TestPatient.register("edu-case-prog");
    long caseId = openCase(cm, patient.id());
    long ageing = programme(AGEING);
    String reason = "Two falls this winter " + Api.unique("why");

    Response assigned = cm.post("/cases/" + caseId + "/programmes", assignment(ageing, reason));

    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.json().getJsonNumber("programmeId").longValue()).isEqualTo(ageing);
    assertThat(assigned.json().getString("title")).isEqualTo(AGEING);
    assertThat(assigned.json().getString("assignedByUsername")).isEqualTo(login.username());
    assertThat(assigned.json().getString("reason")).isEqualTo(reason);
    assertThat(assigned.json().getBoolean("alreadyEnrolled")).isFalse();
    assertThat(assigned.json().getInt("completedLessons")).isZero();
    int total = assigned.json().getInt("totalLessons");
    assertThat(total).isPositive();

    // The patient is enrolled by the education feature and told who and why.
    JsonObject progress =
        patient.api().get("/me/progress").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getJsonNumber("programmeId").longValue() == ageing)
            .findFirst()
            .orElseThrow();
    assertThat(progress.getString("reason")).isEqualTo(reason);
    assertThat(patient.api().get("/me/notifications?size=100").items()).hasSize(1);

    // The patient's progress shows on the case.
    long firstLesson = Education.lessons(ageing).get(0);
    Response quiz =
        patient
            .api()
            .post("/lessons/" + firstLesson + "/quiz-answers", Education.answers(firstLesson, 99));
    assertThat(quiz.status()).as(quiz.toString()).isEqualTo(200);
    List<JsonObject> onCase = programmesOf(cm, caseId);
    assertThat(onCase).singleElement();
    assertThat(onCase.get(0).getString("title")).isEqualTo(AGEING);
    assertThat(onCase.get(0).getInt("completedLessons")).isEqualTo(1);
    assertThat(onCase.get(0).getInt("totalLessons")).isEqualTo(total);
    assertThat(onCase.get(0).getString("status")).isEqualTo(total == 1 ? "COMPLETED" : "ACTIVE");

    // On the patient timeline, as a CASE event of the case.
    Response timeline = cm.get("/patients/" + patient.id() + "/timeline?kind=CASE");
    assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
    assertThat(timeline.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("summary"))
                  .isEqualTo(
                      "Programme \""
                          + AGEING
                          + "\" assigned by Staff "
                          + login.username()
                          + " (chronic care case)");
              assertThat(e.getString("objectType")).isEqualTo("CareCase");
              assertThat(e.getJsonNumber("objectId").longValue()).isEqualTo(caseId);
            });

    // Again: the one there is, nothing new, nobody told twice.
    Response again = cm.post("/cases/" + caseId + "/programmes", assignment(ageing, "again"));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getString("reason")).isEqualTo(reason);
    assertThat(programmesOf(cm, caseId)).hasSize(1);
    assertThat(patient.api().get("/me/notifications?size=100").items()).hasSize(1);
    assertThat(Api.auditEntries(login.username(), "CASE_PROGRAMME_ASSIGN", "SUCCESS")).hasSize(1);

    // The patient's side of the case does not carry the team's list.
    assertThat(programmesOf(patient.api(), caseId)).isEmpty();
  }

  @Test
  void aProgrammeThePatientFollowsAlreadyIsRecordedAsFound() {
    Credentials login = Api.newStaff("cm-case-edu-found", "CASE_MANAGER");
    Api cm = Api.as(login.username(), login.password());
    TestPatient patient = TestPatient.register("edu-case-found");
    long caseId = openCase(cm, patient.id());
    long heart = programme(HEART);
    assertThat(patient.api().post("/programmes/" + heart + "/enrolments").status()).isEqualTo(201);

    Response assigned = cm.post("/cases/" + caseId + "/programmes", assignment(heart, "Keep on"));

    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.json().getBoolean("alreadyEnrolled")).isTrue();
    assertThat(programmesOf(cm, caseId)).singleElement();
    assertThat(patient.api().get("/me/notifications?size=100").items())
        .as("the patient enrolled themself: nobody assigned it to them")
        .isEmpty();
  }

  @Test
  void outsidersClosedCasesAndBadInputAreRefusedAndChangeNothing() {
    Credentials login = Api.newStaff("cm-case-edu-no", "CASE_MANAGER");
    Api cm = Api.as(login.username(), login.password());
    TestPatient patient = TestPatient.register("edu-case-no");
    long caseId = openCase(cm, patient.id());
    long ageing = programme(AGEING);
    Credentials other = Api.newStaff("cm-case-edu-other", "CASE_MANAGER");

    assertProblem(
        Api.as(other.username(), other.password())
            .post("/cases/" + caseId + "/programmes", assignment(ageing, "Because")),
        404);
    assertProblem(
        patient.api().post("/cases/" + caseId + "/programmes", assignment(ageing, "Because")), 403);
    assertProblem(
        cm.post(
            "/cases/" + caseId + "/programmes",
            Json.createObjectBuilder().add("reason", "no programme").build()),
        400);
    assertProblem(
        cm.post("/cases/" + caseId + "/programmes", assignment(ageing, "x".repeat(501))), 400);
    assertProblem(
        cm.post("/cases/" + caseId + "/programmes", assignment(999_999_999L, "Because")), 404);
    Response closed =
        cm.post(
            "/cases/" + caseId + "/close",
            Json.createObjectBuilder().add("outcome", "Moved away").build());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertProblem(cm.post("/cases/" + caseId + "/programmes", assignment(ageing, "Late")), 422);

    assertThat(programmesOf(cm, caseId)).isEmpty();
    assertThat(patient.api().get("/me/progress").jsonArray()).isEmpty();
    assertThat(patient.api().get("/me/notifications?size=100").items()).isEmpty();
  }
}
