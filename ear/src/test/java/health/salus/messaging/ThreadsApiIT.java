package health.salus.messaging;

import static health.salus.messaging.Messaging.inbox;
import static health.salus.messaging.Messaging.messages;
import static health.salus.messaging.Messaging.open;
import static health.salus.messaging.Messaging.reply;
import static health.salus.messaging.Messaging.start;
import static health.salus.messaging.Messaging.toCareTeam;
import static health.salus.messaging.Messaging.toPractitioner;
import static health.salus.messaging.Messaging.unread;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The messaging API: a patient writes to their care team or a named practitioner, the other side
 * reads and answers, unread counts and read receipts follow; lists are paged newest first; bodies
 * come back sanitised; bad input is refused and stores nothing; every read and write is audited.
 * Each test makes its own patients; dr.chen (the demo GP) joins their care team where needed.
 */
class ThreadsApiIT {

  private static final Api CHEN = Api.demo("dr.chen");

  private static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }

  @Test
  void thePatientWritesToTheCareTeamWhoReadsAndAnswersWithReceiptsAndUnreadCounts() {
    TestPatient patient = TestPatient.withGp("msg", "dr.chen");
    Api me = patient.api();

    Response created =
        me.post("/threads", toCareTeam("My knee", "It hurts on the **stairs**.", null));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.header("Location").orElseThrow()).endsWith("/threads/" + id);
    assertThat(unread(me, id)).as("my own message is not unread to me").isZero();
    JsonObject chensEntry = Messaging.listed(CHEN, id);
    assertThat(chensEntry.getString("subject")).isEqualTo("My knee");
    assertThat(chensEntry.getJsonNumber("unread").longValue()).isEqualTo(1);
    assertThat(chensEntry.getString("lastMessageAt")).isNotBlank();
    assertThat(messages(open(me, id)).get(0).getString("readAt", null))
        .as("not read by the care team yet")
        .isNull();

    JsonObject read = open(CHEN, id);

    assertThat(read.getString("subject")).isEqualTo("My knee");
    JsonObject question = messages(read).get(0);
    assertThat(question.getString("authorUsername")).isEqualTo(patient.username());
    assertThat(question.getString("bodyHtml")).contains("<strong>stairs</strong>");
    assertThat(question.getString("sentAt")).isNotBlank();
    assertThat(unread(CHEN, id)).isZero();
    JsonObject receipt = messages(open(me, id)).get(0);
    assertThat(Instant.parse(receipt.getString("readAt")))
        .isAfterOrEqualTo(Instant.parse(receipt.getString("sentAt")));

    long answer = reply(CHEN, id, "Please rest it and book a visit.");

    assertThat(unread(me, id)).isEqualTo(1);
    JsonObject seen = open(me, id);
    assertThat(messages(seen)).hasSize(2);
    assertThat(messages(seen).get(1).getJsonNumber("id").longValue()).isEqualTo(answer);
    assertThat(messages(seen).get(1).getString("authorUsername")).isEqualTo("dr.chen");
    assertThat(unread(me, id)).isZero();
    assertThat(messages(open(CHEN, id)).get(1).getString("readAt", null))
        .as("dr.chen sees that the patient read the answer")
        .isNotNull();
    Response notices = me.get("/me/notifications");
    assertThat(notices.items())
        .anySatisfy(
            n -> {
              assertThat(n.getString("topic")).isEqualTo("MESSAGE");
              assertThat(n.getString("link")).contains("id=" + id);
              assertThat(n.toString()).doesNotContain("rest it");
            });
    assertThat(Api.auditEntries("dr.chen", "MESSAGE_THREAD_READ", "SUCCESS", patient.id()))
        .isNotEmpty();
    assertThat(Api.auditEntries("dr.chen", "MESSAGE_SEND", "SUCCESS", patient.id())).hasSize(1);
    assertThat(
            Api.auditEntries(patient.username(), "MESSAGE_THREAD_START", "SUCCESS", patient.id()))
        .hasSize(1);
  }

  @Test
  void aCarerActingForThePatientTakesPartAndOthersAreNotFound() {
    TestPatient patient = TestPatient.withGp("msg", "dr.chen");
    Api.Credentials carer = Api.newPatient("carer");
    Api carerApi = Api.as(carer.username(), carer.password());
    Api.Credentials reader = Api.newPatient("reader");
    Api readerOnly = Api.as(reader.username(), reader.password());
    patient.api().grant(carer.username(), Duration.ofDays(1), true, "ALL");
    patient.api().grant(reader.username(), Duration.ofDays(1), false, "ALL");
    TestPatient other = TestPatient.withGp("msg", "dr.chen");
    Api outsider = Api.demo("dr.patel");
    long id = start(patient.api(), toCareTeam("Tablets", "Which tablets in the morning?", null));

    long forPatient =
        start(carerApi, toCareTeam("For my mother", "She feels dizzy.", patient.id()));
    JsonObject carerSees = open(carerApi, id);
    reply(carerApi, id, "I will bring her list.");

    assertThat(Messaging.listed(carerApi, forPatient).getJsonNumber("patientId").longValue())
        .isEqualTo(patient.id());
    assertThat(messages(carerSees)).hasSize(1);
    assertThat(messages(open(patient.api(), id))).hasSize(2);
    assertThat(messages(open(CHEN, forPatient))).hasSize(1);
    for (Api stranger : List.of(readerOnly, other.api(), outsider)) {
      assertProblem(stranger.get("/threads/" + id), 404);
      assertProblem(
          stranger.post(
              "/threads/" + id + "/messages", Json.createObjectBuilder().add("body", "hi").build()),
          404);
      assertThat(inbox(stranger)).noneMatch(t -> t.getJsonNumber("id").longValue() == id);
    }
    assertProblem(readerOnly.post("/threads", toCareTeam("x", "y", patient.id())), 403);
    assertProblem(other.api().post("/threads", toCareTeam("x", "y", patient.id())), 403);
    assertProblem(outsider.post("/threads", toCareTeam("x", "y", patient.id())), 403);
    assertProblem(patient.api().get("/threads/999999999"), 404);
    assertThat(Api.anonymous().get("/threads").status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/threads/" + id).status()).isEqualTo(401);
    assertThat(messages(open(patient.api(), id))).as("nothing was added by strangers").hasSize(2);
    assertThat(Api.auditEntries("dr.patel", "MESSAGE_THREAD_READ", "DENIED", patient.id()))
        .isNotEmpty();
  }

  @Test
  void aThreadToANamedPractitionerIsTheirsNotTheCareTeams() {
    TestPatient patient = TestPatient.withGp("msg", "dr.chen");
    Api patel = Api.demo("dr.patel");

    long id =
        start(patient.api(), toPractitioner("dr.patel", "My heart", "Palpitations at night."));

    assertThat(unread(patel, id)).isEqualTo(1);
    assertThat(messages(open(patel, id))).hasSize(1);
    assertProblem(CHEN.get("/threads/" + id), 404);
    reply(patel, id, "Let us book an ECG.");
    assertThat(unread(patient.api(), id)).isEqualTo(1);
  }

  @Test
  void theInboxIsPagedNewestFirstAndMovesWithEachMessage() {
    TestPatient patient = TestPatient.withGp("msg", "dr.chen");
    Api me = patient.api();
    long first = start(me, toCareTeam("First", "one", null));
    long second = start(me, toCareTeam("Second", "two", null));
    long third = start(me, toCareTeam("Third", "three", null));

    Response page0 = me.get("/threads?size=2");
    Response page1 = me.get("/threads?size=2&page=1");
    long again = reply(me, first, "again");
    Response after = me.get("/threads?size=200");
    String repliedAt =
        Messaging.messages(Messaging.open(me, first)).stream()
            .filter(m -> m.getJsonNumber("id").longValue() == again)
            .findFirst()
            .orElseThrow()
            .getString("sentAt");

    assertThat(page0.total()).isEqualTo(3);
    assertThat(page0.items())
        .extracting(t -> t.getJsonNumber("id").longValue())
        .containsExactly(third, second);
    assertThat(page1.items())
        .extracting(t -> t.getJsonNumber("id").longValue())
        .containsExactly(first);
    // The reply moves the thread's last message time (stored to the second on MariaDB, where
    // threads of the same second keep their order by id).
    assertThat(Messaging.listed(me, first).getString("lastMessageAt")).isEqualTo(repliedAt);
    assertThat(after.items())
        .extracting(t -> Instant.parse(t.getString("lastMessageAt")))
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertProblem(me.get("/threads?page=-1"), 400);
    assertProblem(me.get("/threads?size=abc"), 400);
  }

  @Test
  void aBodyComesBackInert() {
    TestPatient patient = TestPatient.withGp("msg", "dr.chen");
    String body =
        "Hello <script>alert('x')</script> [click](javascript:alert(1))"
            + " <img src=x onerror=\"alert(2)\"> <a href=\"#\" onclick=\"alert(3)\">a</a> *fine*";

    long id = start(patient.api(), toCareTeam("Test", body, null));
    reply(CHEN, id, "<iframe src=\"https://evil.example\"></iframe><b onmouseover=alert(4)>x</b>");

    List<JsonObject> messages = messages(open(CHEN, id));
    for (JsonObject message : messages) {
      String html = message.getString("bodyHtml").toLowerCase();
      // Raw HTML may stay as escaped text; what must not be there is a live tag or handler.
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .doesNotContain("<iframe")
          .doesNotContain("javascript:")
          .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    }
    assertThat(messages.get(0).getString("bodyHtml")).contains("<em>fine</em>");
  }

  @Test
  void badInputIsRefusedWithTheFieldAndStoresNothing() {
    TestPatient patient = TestPatient.withGp("msg", "dr.chen");
    TestPatient alone = TestPatient.register("msg");
    Api me = patient.api();
    String longSubject = "s".repeat(201);
    String longBody = "b".repeat(5001);

    Response noSubject = me.post("/threads", toCareTeam(" ", "body", null));
    Response tooLongSubject = me.post("/threads", toCareTeam(longSubject, "body", null));
    Response noBody = me.post("/threads", toCareTeam("subject", "", null));
    Response tooLongBody = me.post("/threads", toCareTeam("subject", longBody, null));
    Response nobody =
        me.post(
            "/threads", Json.createObjectBuilder().add("subject", "s").add("body", "b").build());
    Response both =
        me.post(
            "/threads",
            Json.createObjectBuilder(toCareTeam("s", "b", null))
                .add("toUsername", "dr.chen")
                .build());
    Response unknown = me.post("/threads", toPractitioner("no.such.doctor", "s", "b"));
    Response notAPractitioner = me.post("/threads", toPractitioner("bob", "s", "b"));
    Response badTeam =
        me.post(
            "/threads",
            Json.createObjectBuilder()
                .add("toTeam", "EVERYONE")
                .add("subject", "s")
                .add("body", "b")
                .build());
    Response noCareTeam = alone.api().post("/threads", toCareTeam("s", "b", null));
    Response malformed = me.post("/threads", "{not json", "application/json");

    assertProblem(noSubject, 400);
    assertThat(noSubject.errorFields()).containsExactly("subject");
    assertProblem(tooLongSubject, 400);
    assertThat(tooLongSubject.errorFields()).containsExactly("subject");
    assertProblem(noBody, 400);
    assertThat(noBody.errorFields()).containsExactly("body");
    assertProblem(tooLongBody, 400);
    assertThat(tooLongBody.errorFields()).containsExactly("body");
    assertProblem(nobody, 400);
    assertProblem(both, 400);
    assertProblem(unknown, 400);
    assertThat(unknown.errorFields()).containsExactly("toUsername");
    assertProblem(notAPractitioner, 400);
    assertProblem(badTeam, 400);
    assertThat(badTeam.errorFields()).containsExactly("toTeam");
    assertProblem(noCareTeam, 422);
    assertProblem(malformed, 400);
    assertThat(me.get("/threads").total()).isZero();
    assertThat(alone.api().get("/threads").total()).isZero();

    long id = start(me, toCareTeam("ok", "ok", null));
    assertProblem(
        me.post(
            "/threads/" + id + "/messages", Json.createObjectBuilder().add("body", "  ").build()),
        400);
    assertProblem(
        me.post(
            "/threads/" + id + "/messages",
            Json.createObjectBuilder().add("body", longBody).build()),
        400);
    assertThat(messages(open(me, id))).hasSize(1);
  }

  @Test
  void theDemoConversationsAreThere() {
    Api alice = Api.demo("alice");
    Api carol = Api.demo("carol");

    List<JsonObject> alices = inbox(alice);
    List<JsonObject> chens = inbox(CHEN);

    JsonObject bloodPressure =
        alices.stream()
            .filter(t -> t.getString("subject").equals("My blood pressure readings"))
            .findFirst()
            .orElseThrow();
    assertThat(bloodPressure.getString("toTeam")).isEqualTo("CARE_TEAM");
    assertThat(chens)
        .anySatisfy(t -> assertThat(t.getString("subject")).isEqualTo("My walking plan"));
    assertThat(inbox(carol))
        .as("carol acts for alice")
        .anySatisfy(
            t -> assertThat(t.getString("subject")).isEqualTo("My blood pressure readings"));
    assertThat(inbox(Api.demo("bob")))
        .noneSatisfy(
            t -> assertThat(t.getString("subject")).isEqualTo("My blood pressure readings"));
    assertThat(messages(open(CHEN, bloodPressure.getJsonNumber("id").longValue())).size())
        .isGreaterThanOrEqualTo(4);

    JsonObject breakfast =
        inbox(Api.demo("edu.nguyen")).stream()
            .filter(t -> t.getString("subject").equals("What can I eat for breakfast?"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("alice's question to the educator"));
    assertThat(breakfast.getString("toUsername")).isEqualTo("edu.nguyen");
    List<JsonObject> asked = messages(open(alice, breakfast.getJsonNumber("id").longValue()));
    assertThat(asked)
        .extracting(m -> m.getString("authorUsername"))
        .containsExactly("alice", "edu.nguyen");
    assertThat(asked.get(1).getJsonArray("lessons")).as("a lesson with the answer").hasSize(1);
  }
}
