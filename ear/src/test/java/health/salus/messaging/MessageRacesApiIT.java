package health.salus.messaging;

import static health.salus.messaging.Messaging.messages;
import static health.salus.messaging.Messaging.open;
import static health.salus.messaging.Messaging.reply;
import static health.salus.messaging.Messaging.start;
import static health.salus.messaging.Messaging.toCareTeam;
import static health.salus.messaging.Messaging.unread;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Messages that race: replies to one thread sent at once are all kept, in one order; one reader
 * opening a thread in several tabs at once marks each message read once, with no error. Every racer
 * signs in first and all start from one barrier on threads of their own; a race counts only when
 * the calls were in flight together.
 */
class MessageRacesApiIT {

  private static final int RACERS = 4;

  @RepeatedTest(2)
  void repliesAtOnceAreAllKept() {
    TestPatient patient = TestPatient.withGp("race", "dr.chen");
    long id = start(patient.api(), toCareTeam("Race", "first", null));
    List<Api> writers =
        List.of(patient.api(), Api.demo("dr.chen"), patient.api(), Api.demo("dr.chen"));

    List<Response> answers =
        Race.run(
            RACERS,
            i -> assertThat(writers.get(i).get("/me").status()).isEqualTo(200),
            i ->
                writers
                    .get(i)
                    .post(
                        "/threads/" + id + "/messages",
                        Json.createObjectBuilder().add("body", "reply " + i).build()));

    assertThat(answers)
        .as(answers.toString())
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
    assertThat(messages(open(patient.api(), id)))
        .extracting(m -> m.getString("bodyHtml"))
        .hasSize(RACERS + 1)
        .anySatisfy(html -> assertThat(html).contains("reply 0"))
        .anySatisfy(html -> assertThat(html).contains("reply 3"));
  }

  @RepeatedTest(2)
  void oneReaderOpeningAThreadInSeveralTabsAtOnceReadsEachMessageOnce() {
    TestPatient patient = TestPatient.withGp("race", "dr.chen");
    long id = start(patient.api(), toCareTeam("Race", "first", null));
    reply(patient.api(), id, "second");
    reply(patient.api(), id, "third");
    Api chen = Api.demo("dr.chen");
    assertThat(unread(chen, id)).isEqualTo(3);

    List<Response> answers =
        Race.run(
            RACERS,
            i -> assertThat(chen.get("/me").status()).isEqualTo(200),
            i -> chen.get("/threads/" + id));

    assertThat(answers)
        .as(answers.toString())
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
    assertThat(unread(chen, id)).isZero();
    assertThat(messages(open(patient.api(), id)))
        .allSatisfy(m -> assertThat(m.getString("readAt", null)).isNotNull());
  }
}
