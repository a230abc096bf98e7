package health.salus.casework;

import static health.salus.casework.Casework.assertProblem;
import static health.salus.casework.Casework.created;
import static health.salus.casework.Casework.fields;
import static health.salus.casework.Casework.goal;
import static health.salus.casework.Casework.newCase;
import static health.salus.casework.Casework.note;
import static health.salus.casework.Casework.open;
import static health.salus.casework.Casework.referral;
import static health.salus.casework.Casework.task;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case management API: who sees what of a case (the team all, the patient and a carer acting
 * for them their side, nobody else anything), the care plan, the status machine with its outcome
 * and versions, the caseload and "my tasks", and bad input. Each test makes its own case manager
 * and patients.
 */
class CasesApiIT {

  private static final String INTERNAL = "Internal: low mood, consider a care plan";
  private static final String SHARED = "Shared: walking more, keep going";
  private static final String SUMMARY = "Diabetes support after discharge";

  private static final JsonObject EMPTY = Json.createObjectBuilder().build();

  private static Credentials manager;
  private static Api cm;

  @BeforeAll
  static void caseManager() {
    manager = Api.newStaff("cm-cw", "CASE_MANAGER");
    cm = Api.as(manager.username(), manager.password());
  }

  /** A case with a goal, a task for the patient, one for the manager, two notes and a referral. */
  private static long fullCase(TestPatient patient) {
    long caseId = open(cm, patient.id(), SUMMARY);
    String base = "/cases/" + caseId;
    created(cm, base + "/goals", goal("Walk 30 minutes a day", Casework.today().plusMonths(2)));
    created(cm, base + "/tasks", task("Write down your readings", null, patient.username()));
    created(cm, base + "/tasks", task("Phone the GP", Casework.today().plusDays(3), null));
    created(cm, base + "/notes", note(INTERNAL, "INTERNAL"));
    created(cm, base + "/notes", note(SHARED, "SHARED"));
    created(cm, base + "/referrals", referral("Community podiatry", "Foot check"));
    return caseId;
  }

  @Test
  void theCaseTeamSeesTheWholeCase() {
    TestPatient patient = TestPatient.register("cw-team");
    Response opened = cm.post("/cases", newCase(patient.id(), "CHRONIC_CARE", SUMMARY));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.json().getString("status")).isEqualTo("OPEN");
    long caseId = opened.json().getJsonNumber("id").longValue();
    assertThat(opened.header("Location").orElseThrow()).endsWith("/cases/" + caseId);
    String base = "/cases/" + caseId;
    created(cm, base + "/goals", goal("Walk 30 minutes a day", Casework.today().plusMonths(2)));
    created(cm, base + "/tasks", task("Write down your readings", null, patient.username()));
    created(cm, base + "/tasks", task("Phone the GP", Casework.today().plusDays(3), null));
    created(cm, base + "/notes", note(INTERNAL, "INTERNAL"));
    created(cm, base + "/notes", note(SHARED, "SHARED"));
    created(cm, base + "/referrals", referral("Community podiatry", "Foot check"));

    Response read = cm.get(base);

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonObject c = read.json();
    assertThat(c.getJsonNumber("patientId").longValue()).isEqualTo(patient.id());
    assertThat(c.getString("programme")).isEqualTo("CHRONIC_CARE");
    assertThat(c.getString("view")).isEqualTo("TEAM");
    assertThat(c.getJsonArray("goals")).hasSize(1);
    assertThat(c.getJsonArray("tasks")).hasSize(2);
    assertThat(c.getJsonArray("notes")).hasSize(2);
    assertThat(c.getJsonArray("referrals")).hasSize(1);
    assertThat(c.getJsonArray("referrals").getJsonObject(0).getString("status")).isEqualTo("SENT");
    assertThat(Api.auditEntries(manager.username(), "CASE_OPEN", "SUCCESS", patient.id()).size())
        .isEqualTo(1);
    assertThat(Api.auditEntries(manager.username(), "CASE_READ", "SUCCESS", patient.id()).size())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void thePatientSeesGoalsSharedNotesAndOwnTasksNeverInternalNotes() {
    TestPatient patient = TestPatient.register("cw-pat");
    long caseId = fullCase(patient);

    Response read = patient.api().get("/cases/" + caseId);

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonObject c = read.json();
    assertThat(c.getString("view")).isEqualTo("PATIENT");
    assertThat(c.getJsonArray("goals")).hasSize(1);
    assertThat(c.getJsonArray("notes").getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("text"))
        .containsExactly(SHARED);
    assertThat(c.getJsonArray("tasks").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("assigneeUsername"))
        .containsExactly(patient.username());
    assertThat(c.getJsonArray("referrals")).isEmpty();
    assertThat(read.body()).doesNotContain(INTERNAL).doesNotContain("Phone the GP");
    assertThat(Api.auditEntries(patient.username(), "CASE_READ", "SUCCESS", patient.id()))
        .hasSize(1);

    Response mine = patient.api().get("/me/cases");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    assertThat(mine.jsonArray().getValuesAs(JsonObject.class))
        .extracting(x -> x.getJsonNumber("id").longValue())
        .containsExactly(caseId);
  }

  @Test
  void aCarerActingForThePatientSeesWhatThePatientSeesAndWithoutTheGrantNothing() {
    TestPatient patient = TestPatient.register("cw-car");
    long caseId = fullCase(patient);
    Credentials carer = Api.newPatient("carer-cw");
    Api carerApi = Api.as(carer.username(), carer.password());

    Response before = carerApi.get("/cases/" + caseId);
    assertProblem(before, 404);
    assertThat(before.body()).doesNotContain(SUMMARY);

    patient.api().grant(carer.username(), Duration.ofDays(7), true, "ALL");
    Response read = carerApi.get("/cases/" + caseId);

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getString("view")).isEqualTo("PATIENT");
    assertThat(read.body()).contains(SHARED).doesNotContain(INTERNAL);
    Response theirs = carerApi.get("/me/cases?patientId=" + patient.id());
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
    assertThat(theirs.jsonArray()).hasSize(1);
    assertProblem(carerApi.post("/cases/" + caseId + "/notes", note("x", "SHARED")), 403);
  }

  @Test
  void everyoneElseGetsNotFoundOrForbiddenAndNoData() {
    TestPatient patient = TestPatient.register("cw-out");
    long caseId = fullCase(patient);
    String base = "/cases/" + caseId;
    Credentials otherManager = Api.newStaff("cm-oth", "CASE_MANAGER");
    Api other = Api.as(otherManager.username(), otherManager.password());
    Credentials outsider = Api.newStaff("dr-cwout", "CLINICIAN");
    Api clinician = Api.as(outsider.username(), outsider.password());
    TestPatient otherPatient = TestPatient.register("cw-oth");

    for (Api who : List.of(other, clinician, otherPatient.api())) {
      Response read = who.get(base);
      assertProblem(read, 404);
      assertThat(read.body()).doesNotContain(SUMMARY).doesNotContain(SHARED);
    }
    assertProblem(other.post(base + "/notes", note("Sneaky", "INTERNAL")), 404);
    assertProblem(other.post(base + "/close", fields("outcome", "Sneaky")), 404);
    assertProblem(clinician.post(base + "/goals", goal("Sneaky", null)), 404);
    assertThat(Api.anonymous().get(base).status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/cases").status()).isEqualTo(401);
    assertProblem(patient.api().post(base + "/notes", note("Mine", "SHARED")), 403);
    assertProblem(patient.api().get("/cases"), 403);
    assertProblem(patient.api().post(base + "/close", fields("outcome", "Done")), 403);
    assertThat(other.get("/cases").total()).isZero();
    assertThat(otherPatient.api().get("/me/cases").jsonArray()).isEmpty();
    assertProblem(otherPatient.api().get("/me/cases?patientId=" + patient.id()), 404);
    assertThat(Api.auditEntries(otherManager.username(), "CASE_READ", "DENIED", patient.id()))
        .isNotEmpty();

    Response still = cm.get(base);
    assertThat(still.json().getJsonArray("notes")).hasSize(2);
    assertThat(still.json().getString("status")).isEqualTo("OPEN");
  }

  @Test
  void aClinicianAddedToTheTeamWorksOnTheCaseButDoesNotCloseIt() {
    TestPatient patient = TestPatient.register("cw-mem");
    long caseId = open(cm, patient.id(), SUMMARY);
    String base = "/cases/" + caseId;
    Credentials doctor = Api.newStaff("dr-cwm", "CLINICIAN");
    Api clinician = Api.as(doctor.username(), doctor.password());
    assertProblem(clinician.get(base), 404);

    Response added = cm.post(base + "/members", fields("username", doctor.username()));
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(added.json().getJsonArray("members").getString(0)).isEqualTo(doctor.username());

    assertThat(clinician.get(base).json().getString("view")).isEqualTo("TEAM");
    created(clinician, base + "/notes", note("Medicines reviewed", "INTERNAL"));
    created(cm, base + "/tasks", task("Review medicines", null, doctor.username()));
    assertThat(clinician.get("/me/tasks").items())
        .extracting(t -> t.getString("title"))
        .containsExactly("Review medicines");
    assertThat(clinician.get("/cases").total()).isEqualTo(1);
    assertProblem(clinician.post(base + "/close", fields("outcome", "Done")), 403);
    assertProblem(cm.post(base + "/members", fields("username", patient.username())), 400);
  }

  @Test
  void closingNeedsAnOutcomeAndAClosedCaseTakesNoNewWorkUntilReopened() {
    TestPatient patient = TestPatient.register("cw-close");
    long caseId = open(cm, patient.id(), SUMMARY);
    String base = "/cases/" + caseId;

    Response noOutcome = cm.post(base + "/close", EMPTY);
    assertProblem(noOutcome, 400);
    assertThat(noOutcome.errorFields()).contains("outcome");
    assertProblem(cm.post(base + "/close", fields("outcome", "   ")), 400);
    assertThat(cm.get(base).json().getString("status")).isEqualTo("OPEN");

    Response closed = cm.post(base + "/close", fields("outcome", "Goals met"));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
    assertThat(closed.json().getString("outcome")).isEqualTo("Goals met");

    assertProblem(cm.post(base + "/goals", goal("More", null)), 422);
    assertProblem(cm.post(base + "/hold", fields("reason", "x")), 422);
    assertProblem(cm.post(base + "/close", fields("outcome", "Again")), 422);

    Response reopened = cm.post(base + "/reopen", fields("reason", "Readmitted"));
    assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
    assertThat(reopened.json().getString("status")).isEqualTo("OPEN");
    assertThat(reopened.json().getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("to") + ":" + h.getString("note", ""))
        .containsExactly("OPEN:", "CLOSED:Goals met", "OPEN:Readmitted");
    created(cm, base + "/goals", goal("Back home safely", null));
  }

  @Test
  void theStatusMovesOnlyAsTheMachineAllows() {
    TestPatient patient = TestPatient.register("cw-sm");
    JsonObject fromReferral =
        Json.createObjectBuilder(newCase(patient.id(), "NDIS", "From the GP"))
            .add("fromReferral", true)
            .build();
    Response intake = cm.post("/cases", fromReferral);
    assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
    assertThat(intake.json().getString("status")).isEqualTo("INTAKE");
    String base = "/cases/" + Casework.id(intake);

    assertProblem(cm.post(base + "/resume", EMPTY), 422);
    assertProblem(cm.post(base + "/open", EMPTY), 422);
    assertThat(cm.put(base + "/intake", Casework.intake("LOW", null, null)).status())
        .isEqualTo(200);
    assertThat(cm.post(base + "/open", EMPTY).json().getString("status")).isEqualTo("OPEN");
    assertProblem(cm.post(base + "/open", EMPTY), 422);
    assertProblem(cm.post(base + "/reopen", EMPTY), 422);
    assertThat(cm.post(base + "/hold", fields("reason", "In hospital")).json().getString("status"))
        .isEqualTo("ON_HOLD");
    assertProblem(cm.post(base + "/hold", EMPTY), 422);
    assertThat(cm.post(base + "/resume", EMPTY).json().getString("status")).isEqualTo("OPEN");
    assertThat(Api.auditEntries(manager.username(), "CASE_RESUME", "FAILURE", patient.id()))
        .isNotEmpty();
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    TestPatient patient = TestPatient.register("cw-ver");
    long caseId = open(cm, patient.id(), SUMMARY);
    String base = "/cases/" + caseId;
    long version = cm.get(base).json().getJsonNumber("version").longValue();

    Response held =
        cm.post(
            base + "/hold",
            Json.createObjectBuilder().add("reason", "Away").add("version", version).build());
    assertThat(held.status()).as(held.toString()).isEqualTo(200);

    Response stale =
        cm.post(
            base + "/close",
            Json.createObjectBuilder().add("outcome", "Done").add("version", version).build());

    assertProblem(stale, 409);
    assertThat(cm.get(base).json().getString("status")).isEqualTo("ON_HOLD");
  }

  @Test
  void tasksAreCompletedOnceByTheTeamOrTheirAssigneeAndReferralsMoveOn() {
    TestPatient patient = TestPatient.register("cw-task");
    long caseId = open(cm, patient.id(), SUMMARY);
    String base = "/cases/" + caseId;
    long own = created(cm, base + "/tasks", task("Write down readings", null, patient.username()));
    long team = created(cm, base + "/tasks", task("Phone the GP", null, null));

    assertProblem(patient.api().post(base + "/tasks/" + team + "/complete", EMPTY), 404);
    Response done = patient.api().post(base + "/tasks/" + own + "/complete", EMPTY);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("DONE");
    assertProblem(patient.api().post(base + "/tasks/" + own + "/complete", EMPTY), 409);
    assertProblem(
        cm.post(
            base + "/tasks/" + team + "/complete",
            Json.createObjectBuilder().add("version", 99).build()),
        409);
    assertThat(cm.post(base + "/tasks/" + team + "/complete", EMPTY).status()).isEqualTo(200);

    long referral = created(cm, base + "/referrals", referral("Dietitian", "Meal plan"));
    String step = base + "/referrals/" + referral + "/advance";
    assertProblem(cm.post(step, fields("status", "COMPLETED", "result", "Seen")), 422);
    assertThat(cm.post(step, fields("status", "ACCEPTED")).json().getString("status"))
        .isEqualTo("ACCEPTED");
    assertProblem(cm.post(step, fields("status", "COMPLETED")), 400);
    assertProblem(cm.post(step, fields("status", "LOST")), 400);
    Response completed = cm.post(step, fields("status", "COMPLETED", "result", "Plan agreed"));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    assertThat(completed.json().getString("result")).isEqualTo("Plan agreed");
    assertThat(completed.json().getBoolean("internal")).isFalse();
    Response internal =
        cm.post(
            base + "/referrals",
            Json.createObjectBuilder()
                .add("toService", "Our falls clinic")
                .add("reason", "Two falls this month")
                .add("internal", true)
                .build());
    assertThat(internal.status()).as(internal.toString()).isEqualTo(201);
    assertThat(cm.get(base).json().getJsonArray("referrals").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("toService") + " " + r.getBoolean("internal"))
        .containsExactly("Dietitian false", "Our falls clinic true");

    long goalId = created(cm, base + "/goals", goal("Eat five vegetables a day", null));
    Response rated = cm.post(base + "/goals/" + goalId + "/ratings", fields("comment", "ok"));
    assertProblem(rated, 400);
    Response rating =
        cm.post(
            base + "/goals/" + goalId + "/ratings",
            Json.createObjectBuilder().add("rating", 6).build());
    assertThat(rating.status()).as(rating.toString()).isEqualTo(201);
    assertThat(rating.json().getInt("latestRating")).isEqualTo(6);
    assertProblem(
        cm.post(
            base + "/goals/" + goalId + "/ratings",
            Json.createObjectBuilder().add("rating", 11).build()),
        400);
  }

  @Test
  void theCaseloadListsTheManagersCasesByStatusWithOverdueTasks() {
    Credentials own = Api.newStaff("cm-load", "CASE_MANAGER");
    Api mine = Api.as(own.username(), own.password());
    TestPatient a = TestPatient.register("cw-la");
    TestPatient b = TestPatient.register("cw-lb");
    long first = open(mine, a.id(), "First");
    long second = open(mine, b.id(), "Second");
    created(mine, "/cases/" + first + "/tasks", task("Late", Casework.today().minusDays(3), null));
    created(mine, "/cases/" + first + "/tasks", task("Soon", Casework.today().plusDays(3), null));
    assertThat(mine.post("/cases/" + second + "/close", fields("outcome", "Moved")).status())
        .isEqualTo(200);

    Response all = mine.get("/cases");
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.items())
        .extracting(c -> c.getJsonNumber("id").longValue())
        .containsExactly(second, first);
    JsonObject firstItem = all.items().get(1);
    assertThat(firstItem.getInt("openTasks")).isEqualTo(2);
    assertThat(firstItem.getInt("overdueTasks")).isEqualTo(1);
    Response closed = mine.get("/cases?status=closed");
    assertThat(closed.total()).isEqualTo(1);
    assertThat(mine.get("/cases?size=1&page=1").items()).hasSize(1);
    assertProblem(mine.get("/cases?status=LOST"), 400);
    assertProblem(mine.get("/cases?page=-1"), 400);

    JsonObject summary = mine.get("/cases/summary").json();
    assertThat(summary.getJsonObject("byStatus").getInt("OPEN")).isEqualTo(1);
    assertThat(summary.getJsonObject("byStatus").getInt("CLOSED")).isEqualTo(1);
    assertThat(summary.getInt("overdueTasks")).isEqualTo(1);
    List<JsonObject> tasks = mine.get("/me/tasks").items();
    assertThat(tasks).extracting(t -> t.getString("title")).containsExactly("Late", "Soon");
    assertThat(tasks.get(0).getBoolean("overdue")).isTrue();
    assertThat(tasks.get(1).getBoolean("overdue")).isFalse();
  }

  @Test
  void myTasksPageByDueDateWithTheUndatedLastAcrossPages() {
    Credentials own = Api.newStaff("cm-tasks", "CASE_MANAGER");
    Api mine = Api.as(own.username(), own.password());
    long caseId = open(mine, TestPatient.register("cw-tasks").id(), "Tasks");
    String tasks = "/cases/" + caseId + "/tasks";
    LocalDate today = Casework.today();
    created(mine, tasks, task("Undated one", null, null));
    created(mine, tasks, task("In a week", today.plusDays(7), null));
    created(mine, tasks, task("Undated two", null, null));
    created(mine, tasks, task("Yesterday", today.minusDays(1), null));
    created(mine, tasks, task("Tomorrow", today.plusDays(1), null));
    long done = created(mine, tasks, task("Done already", today.minusDays(9), null));
    assertThat(mine.post(tasks + "/" + done + "/complete", EMPTY).status()).isEqualTo(200);

    List<String> titles = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      Response answer = mine.get("/me/tasks?size=2&page=" + page);
      assertThat(answer.total()).isEqualTo(5);
      answer.items().forEach(t -> titles.add(t.getString("title")));
    }
    assertThat(titles)
        .containsExactly("Yesterday", "Tomorrow", "In a week", "Undated one", "Undated two");
    assertThat(mine.get("/me/tasks?size=4&page=1").items())
        .extracting(t -> t.getString("title"))
        .containsExactly("Undated two");
  }

  @Test
  void badInputIsAProblemAndChangesNothing() {
    TestPatient patient = TestPatient.register("cw-bad");
    assertProblem(cm.post("/cases", newCase(patient.id(), null, SUMMARY)), 400);
    Response blank = cm.post("/cases", newCase(patient.id(), "NDIS", " "));
    assertProblem(blank, 400);
    assertThat(blank.errorFields()).contains("summary");
    assertProblem(cm.post("/cases", newCase(patient.id(), "SPACE_PROGRAMME", SUMMARY)), 400);
    assertProblem(cm.post("/cases", newCase(999_999_999L, "NDIS", SUMMARY)), 400);
    assertProblem(cm.post("/cases", "{not json", "application/json"), 400);
    assertProblem(cm.post("/cases", newCase(patient.id(), "NDIS", "x".repeat(2001))), 400);
    assertThat(patient.api().get("/me/cases").jsonArray()).isEmpty();

    long caseId = open(cm, patient.id(), SUMMARY);
    String base = "/cases/" + caseId;
    assertProblem(cm.post(base + "/goals", goal(null, null)), 400);
    assertProblem(
        cm.post(base + "/goals", fields("description", "x", "targetDate", "next tuesday")), 400);
    assertProblem(cm.post(base + "/tasks", task(null, null, null)), 400);
    assertProblem(cm.post(base + "/tasks", task("Call", null, "alice")), 400);
    assertProblem(cm.post(base + "/tasks", task("Call", null, "nobody-here")), 400);
    assertProblem(cm.post(base + "/notes", note("Text", null)), 400);
    assertProblem(cm.post(base + "/notes", note("Text", "PUBLIC")), 400);
    assertProblem(cm.post(base + "/notes", note(" ", "SHARED")), 400);
    assertProblem(cm.post(base + "/referrals", referral("Podiatry", null)), 400);
    assertProblem(cm.post(base + "/referrals", referral(null, "Why")), 400);
    assertProblem(cm.post(base + "/goals", "", "application/json"), 400);
    assertProblem(cm.get("/cases/abc"), 404);
    assertProblem(cm.get("/cases/999999999"), 404);

    JsonObject c = cm.get(base).json();
    assertThat(c.getJsonArray("goals")).isEmpty();
    assertThat(c.getJsonArray("tasks")).isEmpty();
    assertThat(c.getJsonArray("notes")).isEmpty();
    assertThat(c.getJsonArray("referrals")).isEmpty();
  }
}
