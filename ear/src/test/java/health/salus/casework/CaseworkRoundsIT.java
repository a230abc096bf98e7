package health.salus.casework;

import static health.salus.casework.Casework.created;
import static health.salus.casework.Casework.task;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Deployments;
import health.salus.testsupport.Directory;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The casework rounds and the referral result: a review that falls due becomes one task "Review the
 * case" for the case manager and a task past its due date alerts its assignee once, even when two
 * rounds (two servers) run at once from a barrier, besides the servers' own timers; an NDIS case
 * gets its first review three months ahead; a completed referral's result goes to the patient's GP,
 * or to the care team when the patient has none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseworkRoundsIT {

  private static final String ROUND = "/test/casework-rounds";

  private static Api newManager(String prefix) {
    Credentials staff = Api.newStaff(prefix, "CASE_MANAGER");
    return Api.as(staff.username(), staff.password());
  }

  /** Two rounds at once, as two servers would run them; the admin who calls signed in first. */
  private static void twoRoundsAtOnce() {
    Race.run(
        2,
        i -> assertThat(Api.admin().get("/me").status()).isEqualTo(200),
        i -> Deployments.callTestResource("POST", ROUND));
  }

  private static List<JsonObject> tasksTitled(Api who, long caseId, String title) {
    return who
        .get("/cases/" + caseId)
        .json()
        .getJsonArray("tasks")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getString("title").equals(title))
        .toList();
  }

  private static long notices(Api who, String title) {
    return who.get("/me/notifications?size=100").items().stream()
        .filter(n -> n.getString("title").equals(title))
        .count();
  }

  @Test
  void aDueReviewBecomesOneTaskForTheCaseManager() {
    Api cm = newManager("cm-review");
    TestPatient patient = TestPatient.register("review");
    long caseId = Casework.open(cm, patient.id(), "Review cycle");
    Response review =
        cm.post(
            "/cases/" + caseId + "/reviews",
            Json.createObjectBuilder().add("dueOn", Casework.today().toString()).build());
    assertThat(review.status()).as(review.toString()).isEqualTo(201);
    assertThat(tasksTitled(cm, caseId, "Review the case")).isEmpty();

    twoRoundsAtOnce();
    Deployments.callTestResource("POST", ROUND);

    List<JsonObject> tasks = tasksTitled(cm, caseId, "Review the case");
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).getString("dueDate")).isEqualTo(Casework.today().toString());
    JsonObject reviews = cm.get("/cases/" + caseId).json().getJsonArray("reviews").getJsonObject(0);
    assertThat(reviews.getJsonNumber("taskId").longValue())
        .isEqualTo(tasks.get(0).getJsonNumber("id").longValue());
    Response past =
        cm.post(
            "/cases/" + caseId + "/reviews",
            Json.createObjectBuilder()
                .add("dueOn", Casework.today().minusDays(1).toString())
                .build());
    assertThat(past.status()).as(past.toString()).isEqualTo(400);
  }

  @Test
  void anNdisCaseIsReviewedEveryThreeMonths() {
    Api cm = newManager("cm-ndis");
    TestPatient patient = TestPatient.register("ndis-review");
    Response opened =
        cm.post("/cases", Casework.newCase(patient.id(), "NDIS", "NDIS participant support"));
    long caseId = Casework.id(opened);
    JsonObject read = cm.get("/cases/" + caseId).json();
    assertThat(read.getJsonArray("reviews").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("dueOn"))
        .containsExactly(Casework.today().plusMonths(3).toString());
  }

  @Test
  void anOverdueTaskAlertsItsAssigneeOnce() {
    Api cm = newManager("cm-overdue");
    TestPatient patient = TestPatient.register("overdue");
    long caseId = Casework.open(cm, patient.id(), "Overdue alerts");
    String title = "Send the care plan " + Api.unique("t");
    created(cm, "/cases/" + caseId + "/tasks", task(title, Casework.today().minusDays(2), null));
    String notice = "Task overdue: " + title;

    twoRoundsAtOnce();
    Deployments.callTestResource("POST", ROUND);

    assertThat(notices(cm, notice)).isEqualTo(1);
    assertThat(notices(patient.api(), notice)).isZero();
  }

  @Test
  void aReferralResultGoesToThePatientsGp() {
    Api cm = newManager("cm-referral");
    TestPatient patient = TestPatient.withGp("ref-gp", "dr.chen");
    long caseId = Casework.open(cm, patient.id(), "Referral result to GP");
    String result = "No neuropathy found " + Api.unique("r");
    complete(cm, caseId, "Community podiatry", result);

    String title = "Referral result for " + patient.fullName() + ": Community podiatry";
    List<JsonObject> told =
        Api.demo("dr.chen").get("/me/notifications?size=100").items().stream()
            .filter(n -> n.getString("title").equals(title))
            .toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).getString("body")).contains(result);
    assertThat(notices(Api.demo("dr.patel"), title)).isZero();
  }

  @Test
  void withoutAGpTheCareTeamGetsTheResult() {
    Api cm = newManager("cm-careteam");
    TestPatient patient = TestPatient.register("ref-team");
    Directory.joinCareTeam(patient.id(), "dr.patel", "SPECIALIST");
    long caseId = Casework.open(cm, patient.id(), "Referral result to the care team");
    complete(cm, caseId, "Falls clinic", "Balance exercises advised");

    String title = "Referral result for " + patient.fullName() + ": Falls clinic";
    assertThat(notices(Api.demo("dr.patel"), title)).isEqualTo(1);
    assertThat(notices(Api.demo("dr.chen"), title)).isZero();
  }

  private static void complete(Api cm, long caseId, String service, String result) {
    long referral =
        created(cm, "/cases/" + caseId + "/referrals", Casework.referral(service, "Check"));
    String advance = "/cases/" + caseId + "/referrals/" + referral + "/advance";
    assertThat(cm.post(advance, Casework.fields("status", "ACCEPTED")).status()).isEqualTo(200);
    Response done = cm.post(advance, Casework.fields("status", "COMPLETED", "result", result));
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
  }
}
