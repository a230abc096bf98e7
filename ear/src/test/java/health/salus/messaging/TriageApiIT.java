package health.salus.messaging;

import static health.salus.messaging.Messaging.inbox;
import static health.salus.messaging.Messaging.listed;
import static health.salus.messaging.Messaging.open;
import static health.salus.messaging.Messaging.reply;
import static health.salus.messaging.Messaging.start;
import static health.salus.messaging.Messaging.toCareTeam;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Staff triage and response times: the patient is told when the team usually answers; the staff of
 * the team assign a thread to a colleague, set priority and status, and racing triages never lose
 * one silently (one wins, the others are told it changed); threads whose answer is late come first
 * in the team's inbox, marked overdue.
 */
class TriageApiIT {

  private static final Api CHEN = Api.demo("dr.chen");

  private static JsonObject triage(String assignedTo, String priority, String status, long v) {
    var body = Json.createObjectBuilder().add("priority", priority).add("status", status);
    if (assignedTo != null) {
      body.add("assignedTo", assignedTo);
    }
    return body.add("version", v).build();
  }

  private static long version(Api who, long id) {
    return open(who, id).getJsonNumber("version").longValue();
  }

  private static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }

  @Test
  void thePatientIsToldWhenTheTeamAnswersAndTheAnswerClearsTheDueTime() {
    TestPatient patient = TestPatient.withGp("triage", "dr.chen");

    Response created =
        patient.api().post("/threads", toCareTeam("Rash", "I have a rash on my arm.", null));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getInt("replyWithinBusinessDays")).isEqualTo(2);
    Instant due = Instant.parse(created.json().getString("replyDueAt"));
    assertThat(due).isAfter(Instant.now());
    ZonedDateTime sydney = ZonedDateTime.now(ZoneId.of("Australia/Sydney"));
    boolean weekdayHours =
        sydney.getDayOfWeek().getValue() <= 5 && sydney.getHour() >= 8 && sydney.getHour() < 18;
    if (created.json().getBoolean("outOfHours")) {
      ZonedDateTime readFrom =
          Instant.parse(created.json().getString("readFrom")).atZone(sydney.getZone());
      assertThat(readFrom.toInstant()).isAfter(Instant.now());
      assertThat(readFrom.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
      assertThat(readFrom.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    } else {
      assertThat(weekdayHours).as("told in hours only in weekday hours").isTrue();
      assertThat(created.json().containsKey("readFrom")).isFalse();
    }
    if (!weekdayHours) {
      assertThat(created.json().getBoolean("outOfHours")).isTrue();
    }
    long id = created.json().getJsonNumber("id").longValue();
    JsonObject entry = listed(CHEN, id);
    assertThat(Instant.parse(entry.getString("replyDueAt"))).isEqualTo(due);
    assertThat(entry.getBoolean("overdue")).isFalse();

    reply(CHEN, id, "Please send a photo.");

    assertThat(listed(CHEN, id).containsKey("replyDueAt")).as("answered").isFalse();
  }

  @Test
  void beforeWritingTheApiSaysWhetherTheTeamsAreOutOfHoursAndHowSoonTheyAnswer() {
    TestPatient patient = TestPatient.withGp("hours", "dr.chen");

    Response hours = patient.api().get("/threads/office-hours");
    Response sent =
        patient.api().post("/threads", toCareTeam("Cough", "A dry cough for a week.", null));

    assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    JsonObject before = hours.json();
    assertThat(before.getInt("careTeamReplyBusinessDays"))
        .isEqualTo(sent.json().getInt("replyWithinBusinessDays"))
        .isEqualTo(2);
    assertThat(before.getInt("practitionerReplyBusinessDays")).isEqualTo(3);
    // What the page says before sending is what the answer says after it (the same minute).
    assertThat(before.getBoolean("outOfHours")).isEqualTo(sent.json().getBoolean("outOfHours"));
    if (before.getBoolean("outOfHours")) {
      ZonedDateTime readFrom =
          Instant.parse(before.getString("readFrom")).atZone(ZoneId.of("Australia/Sydney"));
      assertThat(readFrom.toInstant())
          .isAfter(Instant.now())
          .isEqualTo(Instant.parse(sent.json().getString("readFrom")));
      assertThat(readFrom.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    } else {
      assertThat(before.containsKey("readFrom")).isFalse();
    }
    assertThat(Api.demo("edu.nguyen").get("/threads/office-hours").status()).isEqualTo(200);
    assertThat(Api.anonymous().get("/threads/office-hours").status()).isEqualTo(401);
  }

  @Test
  void staffOfTheTeamAssignAndSortAThreadThePatientAndOthersCannot() {
    TestPatient patient = TestPatient.withGp("triage", "dr.chen");
    Directory.joinCareTeam(patient.id(), "dr.patel");
    long id = start(patient.api(), toCareTeam("Tablets", "Which tablets first?", null));

    Response saved =
        CHEN.put(
            "/threads/" + id + "/triage",
            triage("dr.patel", "URGENT", "WAITING_ON_PATIENT", version(CHEN, id)));

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    JsonObject entry = listed(Api.demo("dr.patel"), id);
    assertThat(entry.getString("assignedToUsername")).isEqualTo("dr.patel");
    assertThat(entry.getString("priority")).isEqualTo("URGENT");
    assertThat(entry.getString("status")).isEqualTo("WAITING_ON_PATIENT");
    long now = version(CHEN, id);
    assertProblem(
        patient.api().put("/threads/" + id + "/triage", triage(null, "ROUTINE", "CLOSED", now)),
        403);
    assertProblem(
        Api.demo("dr.okafor")
            .put("/threads/" + id + "/triage", triage(null, "ROUTINE", "CLOSED", now)),
        404);
    assertProblem(
        CHEN.put("/threads/" + id + "/triage", triage("dr.okafor", "ROUTINE", "OPEN", now)), 422);
    assertProblem(
        CHEN.put("/threads/" + id + "/triage", triage(null, "ROUTINE", "OPEN", now - 1)), 409);
    assertThat(listed(CHEN, id).getString("status")).isEqualTo("WAITING_ON_PATIENT");
    assertThat(Api.auditEntries("dr.chen", "MESSAGE_THREAD_TRIAGE", "SUCCESS", patient.id()))
        .hasSize(1);
  }

  @Test
  void racingTriagesOfOneThreadLoseNoUpdateSilently() {
    TestPatient patient = TestPatient.withGp("triage", "dr.chen");
    Directory.joinCareTeam(patient.id(), "dr.patel");
    long id = start(patient.api(), toCareTeam("Race", "Who takes this?", null));
    long seen = version(CHEN, id);
    List<Api> staff =
        List.of(CHEN, Api.demo("dr.patel"), Api.demo("dr.chen"), Api.demo("dr.patel"));
    List<String> assignees = List.of("dr.chen", "dr.patel", "dr.patel", "dr.chen");
    List<String> statuses = List.of("OPEN", "WAITING_ON_PATIENT", "CLOSED", "OPEN");

    List<Response> answers =
        Race.run(
            staff.size(),
            i -> assertThat(staff.get(i).get("/me").status()).isEqualTo(200),
            i ->
                staff
                    .get(i)
                    .put(
                        "/threads/" + id + "/triage",
                        triage(
                            assignees.get(i),
                            i % 2 == 0 ? "URGENT" : "ROUTINE",
                            statuses.get(i),
                            seen)));

    List<Integer> codes = answers.stream().map(Response::status).toList();
    assertThat(codes).as(answers.toString()).containsOnly(200, 409);
    assertThat(codes.stream().filter(c -> c == 200)).as(answers.toString()).hasSize(1);
    int winner = codes.indexOf(200);
    answers.stream()
        .filter(a -> a.status() == 409)
        .forEach(a -> assertThat(a.json().getString("detail")).contains("changed"));
    JsonObject entry = listed(CHEN, id);
    assertThat(entry.getString("assignedToUsername")).isEqualTo(assignees.get(winner));
    assertThat(entry.getString("status")).isEqualTo(statuses.get(winner));
    assertThat(entry.getString("priority")).isEqualTo(winner % 2 == 0 ? "URGENT" : "ROUTINE");
  }

  @Test
  void overdueThreadsComeFirstInTheTeamsInboxMarked() {
    TestPatient patient = TestPatient.withGp("triage", "dr.chen");
    long fresh = start(patient.api(), toCareTeam("Fresh", "Just now.", null));

    List<JsonObject> chens = inbox(CHEN);

    int firstOnTime = -1;
    int lastOverdue = -1;
    for (int i = 0; i < chens.size(); i++) {
      if (chens.get(i).getBoolean("overdue")) {
        lastOverdue = i;
      } else if (firstOnTime < 0) {
        firstOnTime = i;
      }
    }
    assertThat(lastOverdue).as("the demo's overdue question").isGreaterThanOrEqualTo(0);
    assertThat(chens.get(lastOverdue).getString("subject"))
        .isEqualTo("Repeat prescription for my tablets");
    assertThat(lastOverdue).as("every overdue thread before the others").isLessThan(firstOnTime);
    assertThat(chens.get(firstOnTime).getJsonNumber("id").longValue())
        .as("then the newest")
        .isEqualTo(fresh);
    assertThat(inbox(Api.demo("alice")).get(0).getBoolean("overdue"))
        .as("the patient's side lists the newest first")
        .isFalse();
  }
}
