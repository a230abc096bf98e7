package health.salus.education;

import static health.salus.education.Education.AGEING;
import static health.salus.education.Education.DIABETES;
import static health.salus.education.Education.answers;
import static health.salus.education.Education.assertProblem;
import static health.salus.education.Education.lessons;
import static health.salus.education.Education.programme;
import static health.salus.education.Education.screen;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A patient learning over HTTP: quizzes scored, passing two in three completes the lesson (and the
 * programme when it was the last), progress follows; the literacy screen is scored as API.md says,
 * bad answers are refused and store nothing, and a LIMITED screen makes lessons easy read.
 */
class LearningApiIT {

  @Test
  void aPassedQuizCompletesTheLessonAndTheLastOneTheProgramme() {
    long ageing = programme(AGEING);
    List<Long> lessons = lessons(ageing);
    Api me = TestPatient.register("edu-quiz").api();

    Response failed =
        me.post("/lessons/" + lessons.get(0) + "/quiz-answers", answers(lessons.get(0), 1));
    assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
    assertThat(failed.json().getInt("score")).isEqualTo(1);
    assertThat(failed.json().getBoolean("passed")).isFalse();
    assertThat(me.get("/me/progress").jsonArray()).as("a failed quiz enrols no one").isEmpty();

    Response passed =
        me.post("/lessons/" + lessons.get(0) + "/quiz-answers", answers(lessons.get(0), 2));
    assertThat(passed.json().getInt("score")).isEqualTo(2);
    assertThat(passed.json().getInt("outOf")).isEqualTo(3);
    assertThat(passed.json().getBoolean("passed")).isTrue();
    assertThat(passed.json().getBoolean("completed")).isTrue();
    JsonObject progress = progressOf(me, ageing);
    assertThat(progress.getInt("completedLessons")).isEqualTo(1);
    assertThat(progress.getInt("totalLessons")).isEqualTo(2);
    assertThat(progress.getString("status")).isEqualTo("ACTIVE");
    assertThat(progress.getJsonNumber("nextLessonId").longValue()).isEqualTo(lessons.get(1));
    assertThat(me.get("/lessons/" + lessons.get(0)).json().getBoolean("completed")).isTrue();

    assertThat(
            me.post("/lessons/" + lessons.get(0) + "/quiz-answers", answers(lessons.get(0), 3))
                .status())
        .isEqualTo(200);
    assertThat(progressOf(me, ageing).getInt("completedLessons"))
        .as("once per lesson")
        .isEqualTo(1);

    me.post("/lessons/" + lessons.get(1) + "/quiz-answers", answers(lessons.get(1), 3));
    JsonObject done = progressOf(me, ageing);
    assertThat(done.getInt("completedLessons")).isEqualTo(2);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(Education.absent(done, "nextLessonId")).isTrue();
  }

  @Test
  void badAnswersAreRefusedAndStoreNothing() {
    List<Long> lessons = lessons(programme(DIABETES));
    long first = lessons.get(0);
    long second = lessons.get(1);
    Api me = TestPatient.register("edu-bad").api();
    JsonObject otherLesson = answers(second, 3);

    assertProblem(me.post("/lessons/" + first + "/quiz-answers", otherLesson), 400);
    assertProblem(
        me.post("/lessons/" + first + "/quiz-answers", Json.createObjectBuilder().build()), 400);
    JsonObject right = answers(first, 3);
    JsonObject twice =
        Json.createObjectBuilder()
            .add(
                "answers",
                Json.createArrayBuilder()
                    .add(right.getJsonArray("answers").get(0))
                    .add(right.getJsonArray("answers").get(0))
                    .add(right.getJsonArray("answers").get(1)))
            .build();
    assertProblem(me.post("/lessons/" + first + "/quiz-answers", twice), 400);
    JsonObject foreignOption =
        Json.createObjectBuilder()
            .add(
                "answers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add(
                                "questionId",
                                right
                                    .getJsonArray("answers")
                                    .getJsonObject(0)
                                    .getJsonNumber("questionId"))
                            .add(
                                "optionId",
                                otherLesson
                                    .getJsonArray("answers")
                                    .getJsonObject(0)
                                    .getJsonNumber("optionId"))))
            .build();
    assertProblem(me.post("/lessons/" + first + "/quiz-answers", foreignOption), 400);
    assertProblem(me.post("/lessons/987654321/quiz-answers", right), 404);
    assertThat(me.get("/me/progress").jsonArray()).isEmpty();
    assertThat(Api.demo("dr.chen").post("/lessons/" + first + "/quiz-answers", right).status())
        .isEqualTo(403);
  }

  @Test
  void theQuizComesInTheLanguageAskedFor() {
    long lesson = lessons(programme(DIABETES)).get(1);
    JsonObject chinese =
        TestPatient.register("edu-zh")
            .api()
            .get("/lessons/" + lesson + "/quiz?language=zh-Hans")
            .json();

    List<JsonObject> questions = chinese.getJsonArray("questions").getValuesAs(JsonObject.class);
    assertThat(questions).hasSize(3);
    assertThat(questions.get(0).getString("text")).isEqualTo("你应该多久检查一次脚？");
    assertThat(questions.get(0).getJsonArray("options")).hasSize(3);
    assertThat(questions.get(0).toString()).doesNotContain("correct");
  }

  @ParameterizedTest(name = "helpReading {0}, confidentWithForms {1}: {2}")
  @CsvSource({
    "1, EXTREMELY, ADEQUATE",
    "2, QUITE_A_BIT, ADEQUATE",
    "3, EXTREMELY, LIMITED",
    "5, , LIMITED",
    ", SOMEWHAT, LIMITED",
    ", A_LITTLE, LIMITED",
    ", NOT_AT_ALL, LIMITED",
    "1, , ADEQUATE",
    ", QUITE_A_BIT, ADEQUATE"
  })
  void theScreenIsScoredAsTheInstrumentsSay(Integer helpReading, String forms, String level) {
    Api me = TestPatient.register("edu-screen").api();

    Response answer = me.post("/me/literacy-screening", screen(helpReading, forms));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.json().getString("level")).isEqualTo(level);
    assertThat(me.get("/me/literacy-screening").json().getString("level")).isEqualTo(level);
  }

  @Test
  void badScreensAreRefusedAndALimitedOneMakesLessonsEasyRead() {
    TestPatient patient = TestPatient.register("edu-limited");
    Api me = patient.api();
    long lesson = lessons(programme(DIABETES)).get(0);
    assertThat(me.get("/me/literacy-screening").status()).isEqualTo(204);

    assertProblem(me.post("/me/literacy-screening", screen(null, null)), 400);
    assertProblem(me.post("/me/literacy-screening", screen(0, null)), 400);
    assertProblem(me.post("/me/literacy-screening", screen(6, "EXTREMELY")), 400);
    assertProblem(me.post("/me/literacy-screening", screen(2, "MAYBE")), 400);
    assertProblem(me.post("/me/literacy-screening", Json.createObjectBuilder().build()), 400);
    assertThat(me.get("/me/literacy-screening").status()).as("nothing stored").isEqualTo(204);
    assertThat(me.get("/lessons/" + lesson).json().getString("level")).isEqualTo("STANDARD");

    assertThat(me.post("/me/literacy-screening", screen(4, "NOT_AT_ALL")).status()).isEqualTo(201);

    assertThat(me.get("/lessons/" + lesson).json().getString("level")).isEqualTo("EASY_READ");
    assertThat(me.post("/me/literacy-screening", screen(1, "EXTREMELY")).status()).isEqualTo(201);
    assertThat(me.get("/lessons/" + lesson).json().getString("level"))
        .as("the latest screen counts")
        .isEqualTo("STANDARD");
  }

  private static JsonObject progressOf(Api me, long programmeId) {
    return me.get("/me/progress").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("programmeId").longValue() == programmeId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not enrolled in " + programmeId));
  }
}
