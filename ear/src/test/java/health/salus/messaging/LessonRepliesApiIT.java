package health.salus.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The educator points a patient to lessons in a reply: the patient sees each as a link with its
 * title in their language; a lesson that does not exist is 422, more than ten 400, the patient's
 * own reply with lessons 403, and none of these stores a message.
 */
class LessonRepliesApiIT {

  private static final Api EDUCATOR = Api.demo("edu.nguyen");
  private static final String HEART = "Heart health: blood pressure and heart failure";

  private static JsonObject programme(String language) {
    JsonObject heart =
        EDUCATOR.get("/programmes?language=en").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("title").equals(HEART))
            .findFirst()
            .orElseThrow();
    return EDUCATOR
        .get("/programmes/" + heart.getJsonNumber("id") + "?language=" + language)
        .json();
  }

  private static JsonObject reply(String body, long... lessonIds) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (long id : lessonIds) {
      ids.add(id);
    }
    return Json.createObjectBuilder().add("body", body).add("lessonIds", ids).build();
  }

  private static List<JsonObject> messages(Api who, long thread) {
    return Messaging.messages(Messaging.open(who, thread));
  }

  @Test
  void theEducatorsReplyLinksLessonsTheChinesePatientReadsInChinese() {
    TestPatient patient = TestPatient.register("msg-lessons");
    assertThat(patient.api().changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    long thread =
        Messaging.start(
            patient.api(),
            Messaging.toPractitioner("edu.nguyen", "Salt and blood pressure", "How much salt?"));
    JsonObject zh = programme("zh-Hans");
    List<JsonObject> lessons = zh.getJsonArray("lessons").getValuesAs(JsonObject.class);
    long first = lessons.get(0).getJsonNumber("id").longValue();
    long second = lessons.get(1).getJsonNumber("id").longValue();
    String body = "Start with these two " + Api.unique("l");

    Response sent =
        EDUCATOR.post("/threads/" + thread + "/messages", reply(body, second, first, second));

    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    JsonObject answer =
        messages(patient.api(), thread).stream()
            .filter(m -> m.getString("bodyHtml").contains(body))
            .findFirst()
            .orElseThrow();
    List<JsonObject> linked = answer.getJsonArray("lessons").getValuesAs(JsonObject.class);
    assertThat(linked)
        .extracting(l -> l.getJsonNumber("id").longValue())
        .as("in the order picked, each once")
        .containsExactly(second, first);
    assertThat(linked.get(1).getString("title")).isEqualTo(lessons.get(0).getString("title"));
    assertThat(linked.get(1).getString("programmeTitle")).isEqualTo(zh.getString("title"));
    assertThat(patient.api().get("/lessons/" + first).status()).isEqualTo(200);
  }

  @Test
  void unknownLessonsTooManyOrThePatientsOwnLessonsAreRefusedAndNothingIsSent() {
    TestPatient patient = TestPatient.register("msg-lessons-bad");
    long thread =
        Messaging.start(
            patient.api(), Messaging.toPractitioner("edu.nguyen", "Walking", "Is walking enough?"));
    long lesson =
        programme("en").getJsonArray("lessons").getJsonObject(0).getJsonNumber("id").longValue();

    Response unknown =
        EDUCATOR.post("/threads/" + thread + "/messages", reply("See this", 987654321L));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
    assertThat(unknown.json().getString("detail")).contains("987654321");
    Response tooMany =
        EDUCATOR.post(
            "/threads/" + thread + "/messages",
            reply("See these", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
    Response own =
        patient.api().post("/threads/" + thread + "/messages", reply("Read this", lesson));
    assertThat(own.status()).as(own.toString()).isEqualTo(403);

    assertThat(messages(patient.api(), thread)).hasSize(1);
    Response plain =
        EDUCATOR.post(
            "/threads/" + thread + "/messages",
            Json.createObjectBuilder().add("body", "Yes, walking is good.").build());
    assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
    assertThat(messages(patient.api(), thread).get(1).getJsonArray("lessons")).isEmpty();
  }
}
