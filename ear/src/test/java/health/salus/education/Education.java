package health.salus.education;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** The education API as the tests use it: the demo programmes, their quizzes and right answers. */
final class Education {

  static final String DIABETES = "Living well with type 2 diabetes";
  static final String HEART = "Heart health: blood pressure and heart failure";
  static final String AGEING = "Healthy ageing: staying steady on your feet";

  static final Api EDUCATOR = Api.demo("edu.nguyen");

  private Education() {}

  /** The id of the demo programme with this (English) title. */
  static long programme(String title) {
    Response list = EDUCATOR.get("/programmes?language=en");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no programme " + title + ": " + list))
        .getJsonNumber("id")
        .longValue();
  }

  /** The ids of a programme's lessons, in order. */
  static List<Long> lessons(long programmeId) {
    Response programme = EDUCATOR.get("/programmes/" + programmeId);
    assertThat(programme.status()).as(programme.toString()).isEqualTo(200);
    return programme.json().getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
        .map(l -> l.getJsonNumber("id").longValue())
        .toList();
  }

  /** The English texts of the right option of each question of a lesson's quiz, in order. */
  static List<String> rightAnswers(long lessonId) {
    Response authored = EDUCATOR.get("/lessons/" + lessonId + "/authoring");
    assertThat(authored.status()).as(authored.toString()).isEqualTo(200);
    return authored.json().getJsonArray("questions").getValuesAs(JsonObject.class).stream()
        .map(q -> q.getJsonArray("options").getString(q.getInt("correct") - 1))
        .toList();
  }

  /**
   * Answers for a lesson's quiz with {@code right} of them right (the first ones) and the rest
   * wrong.
   */
  static JsonObject answers(long lessonId, int right) {
    JsonObject quiz = EDUCATOR.get("/lessons/" + lessonId + "/quiz?language=en").json();
    List<String> correct = rightAnswers(lessonId);
    List<JsonObject> questions = quiz.getJsonArray("questions").getValuesAs(JsonObject.class);
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (int i = 0; i < questions.size(); i++) {
      JsonObject question = questions.get(i);
      String wanted = correct.get(i);
      boolean beRight = i < right;
      JsonObject option =
          question.getJsonArray("options").getValuesAs(JsonObject.class).stream()
              .filter(o -> o.getString("text").equals(wanted) == beRight)
              .findFirst()
              .orElseThrow();
      answers.add(
          Json.createObjectBuilder()
              .add("questionId", question.getJsonNumber("id").longValue())
              .add("optionId", option.getJsonNumber("id").longValue()));
    }
    return Json.createObjectBuilder().add("answers", answers).build();
  }

  /** A literacy screen body; null answers are left out. */
  static JsonObject screen(Integer helpReading, String confidentWithForms) {
    var answers = Json.createObjectBuilder();
    if (helpReading != null) {
      answers.add("helpReading", helpReading);
    }
    if (confidentWithForms != null) {
      answers.add("confidentWithForms", confidentWithForms);
    }
    return Json.createObjectBuilder().add("answers", answers).build();
  }

  /** Whether a field is null or left out (JSON-B leaves nulls out). */
  static boolean absent(JsonObject object, String field) {
    return !object.containsKey(field) || object.isNull(field);
  }

  static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }
}
