package health.salus.messaging;

import static health.salus.messaging.Messaging.listed;
import static health.salus.messaging.Messaging.start;
import static health.salus.messaging.Messaging.toCareTeam;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front desk triages the practice's team inboxes: it lists every team's open threads with when
 * the answer is due, gives a thread to a colleague of the team, sets priority and category; it
 * never reads the messages, and everyone else is kept out of its list.
 */
class DeskTriageApiIT {

  private static final Api DESK = Api.demo("desk.jones");
  private static final Api CHEN = Api.demo("dr.chen");

  private static JsonObject triage(
      String assignedTo, String priority, String category, String status, long version) {
    var body =
        Json.createObjectBuilder()
            .add("priority", priority)
            .add("status", status)
            .add("category", category)
            .add("version", version);
    if (assignedTo != null) {
      body.add("assignedTo", assignedTo);
    }
    return body.build();
  }

  private static List<JsonObject> desk() {
    Response list = DESK.get("/threads/desk?size=200");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.items();
  }

  private static JsonObject onDesk(long id) {
    return desk().stream()
        .filter(t -> t.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("thread " + id + " not on the desk"));
  }

  private static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
  }

  @Test
  void theFrontDeskSeesTheThreadAndItsDueTimeAndGivesItToAColleague() {
    TestPatient patient = TestPatient.withGp("desk-triage", "dr.chen");
    Directory.joinCareTeam(patient.id(), "dr.patel");
    String subject = "Repeat script " + Api.unique("s");
    long id = start(patient.api(), toCareTeam(subject, "My secret symptoms in detail.", null));

    JsonObject listed = onDesk(id);
    assertThat(listed.getString("subject")).isEqualTo(subject);
    assertThat(listed.getJsonNumber("patientId").longValue()).isEqualTo(patient.id());
    assertThat(listed.getString("toTeam")).isEqualTo("CARE_TEAM");
    assertThat(listed.getString("replyDueAt")).isNotBlank();
    assertThat(listed.getBoolean("overdue")).isFalse();
    assertThat(listed.getString("category")).isEqualTo("GENERAL");
    assertThat(listed.toString()).doesNotContain("secret symptoms");
    Response one = DESK.get("/threads/" + id + "/desk");
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    assertThat(one.json().getJsonArray("team").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("username"))
        .containsExactlyInAnyOrder("dr.chen", "dr.patel");
    assertThat(one.toString()).doesNotContain("secret symptoms");

    Response saved =
        DESK.put(
            "/threads/" + id + "/triage",
            triage(
                "dr.patel",
                "URGENT",
                "PRESCRIPTIONS",
                "OPEN",
                listed.getJsonNumber("version").longValue()));

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    JsonObject chens = listed(CHEN, id);
    assertThat(chens.getString("assignedToUsername")).isEqualTo("dr.patel");
    assertThat(chens.getString("priority")).isEqualTo("URGENT");
    assertThat(chens.getString("category")).isEqualTo("PRESCRIPTIONS");
    assertThat(onDesk(id).getString("assignedToUsername")).isEqualTo("dr.patel");
    List<JsonObject> audited =
        Api.auditEntries("desk.jones", "MESSAGE_THREAD_TRIAGE", "SUCCESS", patient.id());
    assertThat(audited).singleElement();
    assertThat(audited.get(0).getString("purpose")).isEqualTo("ADMINISTRATION");
    assertThat(Api.auditEntries("desk.jones", "MESSAGE_DESK_LIST", "SUCCESS", patient.id()))
        .isNotEmpty();
  }

  @Test
  void theFrontDeskNeverReadsTheMessagesAndOthersCannotUseTheDesk() {
    TestPatient patient = TestPatient.withGp("desk-private", "dr.chen");
    long id = start(patient.api(), toCareTeam("Private", "Only my doctor reads this.", null));
    onDesk(id);

    assertProblem(DESK.get("/threads/" + id), 404);
    assertProblem(
        DESK.post(
            "/threads/" + id + "/messages",
            Json.createObjectBuilder().add("body", "Hello").build()),
        404);
    assertProblem(patient.api().get("/threads/desk"), 403);
    assertProblem(CHEN.get("/threads/desk"), 403);
    assertProblem(CHEN.get("/threads/" + id + "/desk"), 403);
    assertProblem(DESK.get("/threads/999999999/desk"), 404);
    assertProblem(DESK.get("/threads/desk?status=SOMETIMES"), 400);
  }

  @Test
  void badTriageFromTheDeskIsRefusedAndChangesNothing() {
    TestPatient patient = TestPatient.withGp("desk-bad", "dr.chen");
    long id = start(patient.api(), toCareTeam("Knee", "It hurts.", null));
    long version = onDesk(id).getJsonNumber("version").longValue();

    assertProblem(
        DESK.put(
            "/threads/" + id + "/triage",
            triage("dr.okafor", "URGENT", "RESULTS", "OPEN", version)),
        422);
    assertProblem(
        DESK.put("/threads/" + id + "/triage", triage(null, "URGENT", "GOSSIP", "OPEN", version)),
        400);
    assertProblem(
        DESK.put(
            "/threads/" + id + "/triage", triage(null, "URGENT", "RESULTS", "OPEN", version - 1)),
        409);

    JsonObject after = onDesk(id);
    assertThat(after.getString("priority")).isEqualTo("ROUTINE");
    assertThat(after.getString("category")).isEqualTo("GENERAL");
    assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
  }
}
