package health.salus.education;

import static health.salus.education.Education.EDUCATOR;
import static health.salus.education.Education.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The educator over HTTP: a programme, a lesson, variants with their readability against the
 * level's target (English only), a quiz; bad input refused, a stale edit 409, others 403; figures
 * in counts only.
 */
class AuthoringApiIT {

  private static JsonObject programme(String title, Long version) {
    var body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("topic", "Sleep")
            .add("summary", "Sleeping well.")
            .add("conditionTerms", "insomnia");
    if (version != null) {
      body.add("version", version);
    }
    return body.build();
  }

  private static JsonObject variant(String level, String language, String format, String body) {
    return Json.createObjectBuilder()
        .add("level", level)
        .add("language", language)
        .add("format", format)
        .add("title", "Sleep")
        .add("body", body)
        .build();
  }

  @Test
  void theEducatorWritesAProgrammeWithVariantsAndSeesTheirReadability() {
    String title = Api.unique("Sleep well");
    Response created = EDUCATOR.post("/programmes", programme(title, null));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertProblem(EDUCATOR.post("/programmes", programme(title, null)), 409);

    Response lesson =
        EDUCATOR.post(
            "/programmes/" + id + "/lessons",
            Json.createObjectBuilder().add("title", "Night").build());
    assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
    long lessonId = lesson.json().getJsonNumber("id").longValue();

    Response easy =
        EDUCATOR.put(
            "/lessons/" + lessonId + "/variants",
            variant("EASY_READ", "en", "TEXT", "Go to bed at the same time. Keep the room dark."));
    assertThat(easy.status()).as(easy.toString()).isEqualTo(200);
    assertThat(easy.json().getJsonNumber("readabilityGrade").doubleValue()).isLessThanOrEqualTo(6);
    assertThat(easy.json().getInt("targetGrade")).isEqualTo(6);
    assertThat(easy.json().getBoolean("withinTarget")).isTrue();

    Response hard =
        EDUCATOR.put(
            "/lessons/" + lessonId + "/variants",
            variant(
                "EASY_READ",
                "en",
                "TEXT",
                "Circadian misalignment necessitates comprehensive behavioural interventions"
                    + " incorporating environmental modification and pharmacological consideration."));
    assertThat(hard.json().getJsonNumber("id").longValue())
        .as("the same variant, rewritten")
        .isEqualTo(easy.json().getJsonNumber("id").longValue());
    assertThat(hard.json().getJsonNumber("readabilityGrade").doubleValue()).isGreaterThan(6);
    assertThat(hard.json().getBoolean("withinTarget")).isFalse();

    Response chinese =
        EDUCATOR.put(
            "/lessons/" + lessonId + "/variants", variant("STANDARD", "zh-Hans", "TEXT", "按时睡觉。"));
    assertThat(chinese.status()).isEqualTo(200);
    assertThat(easy.json().getString("readabilityMeasure")).isEqualTo("FLESCH_KINCAID");
    for (String none :
        List.of("readabilityGrade", "readabilityMeasure", "targetGrade", "withinTarget")) {
      assertThat(Education.absent(chinese.json(), none))
          .as(none + " of a Chinese variant")
          .isTrue();
    }
    Response chineseWithEnglishWords =
        EDUCATOR.put(
            "/lessons/" + lessonId + "/variants",
            variant(
                "EASY_READ",
                "zh-Hans",
                "TEXT",
                "Circadian misalignment necessitates comprehensive behavioural interventions."));
    assertThat(Education.absent(chineseWithEnglishWords.json(), "readabilityGrade"))
        .as("no Flesch-Kincaid on a Chinese variant, whatever its words")
        .isTrue();
    JsonObject asRead =
        EDUCATOR
            .get("/lessons/" + lessonId + "?level=STANDARD&language=zh-Hans&format=TEXT")
            .json();
    assertThat(asRead.getString("language")).isEqualTo("zh-Hans");
    assertThat(Education.absent(asRead, "readabilityGrade")).isTrue();
    assertThat(Education.absent(asRead, "readabilityMeasure")).isTrue();

    assertProblem(
        EDUCATOR.put(
            "/lessons/" + lessonId + "/variants", variant("STANDARD", "en", "AUDIO", "Listen.")),
        400);
    assertProblem(
        EDUCATOR.put("/lessons/" + lessonId + "/variants", variant("HARD", "en", "TEXT", "Sleep.")),
        400);
    assertProblem(
        EDUCATOR.put("/lessons/" + lessonId + "/variants", variant("STANDARD", "en", "TEXT", " ")),
        400);

    JsonObject question =
        Json.createObjectBuilder()
            .add("textEn", "When should you go to bed?")
            .add("textZh", "什么时候睡觉？")
            .add(
                "options",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("textEn", "Same time")
                            .add("textZh", "同一时间")
                            .add("correct", true))
                    .add(
                        Json.createObjectBuilder()
                            .add("textEn", "Any time")
                            .add("textZh", "任何时间")
                            .add("correct", false)))
            .build();
    assertThat(EDUCATOR.post("/lessons/" + lessonId + "/quiz/questions", question).status())
        .isEqualTo(201);
    JsonObject noneRight =
        Json.createObjectBuilder(question)
            .add(
                "options",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("textEn", "A")
                            .add("textZh", "甲")
                            .add("correct", false))
                    .add(
                        Json.createObjectBuilder()
                            .add("textEn", "B")
                            .add("textZh", "乙")
                            .add("correct", false)))
            .build();
    assertProblem(EDUCATOR.post("/lessons/" + lessonId + "/quiz/questions", noneRight), 400);

    JsonObject quiz = Api.demo("bob").get("/lessons/" + lessonId + "/quiz?language=zh-Hans").json();
    assertThat(quiz.getJsonArray("questions")).hasSize(1);
    assertThat(quiz.getJsonArray("questions").getJsonObject(0).getString("text"))
        .isEqualTo("什么时候睡觉？");
    JsonObject authored = EDUCATOR.get("/lessons/" + lessonId + "/authoring").json();
    assertThat(authored.getJsonArray("variants"))
        .as("English easy read, Chinese standard and Chinese easy read")
        .hasSize(3);
    assertThat(authored.getJsonArray("variants").getValuesAs(JsonObject.class))
        .filteredOn(v -> v.getString("language").equals("zh-Hans"))
        .hasSize(2)
        .allSatisfy(v -> assertThat(Education.absent(v, "readabilityGrade")).isTrue())
        .allSatisfy(v -> assertThat(Education.absent(v, "readabilityMeasure")).isTrue());
  }

  @Test
  void aStaleEditIsAConflictAndOthersMayNotAuthor() {
    JsonObject created = EDUCATOR.post("/programmes", programme(Api.unique("Stale"), null)).json();
    long id = created.getJsonNumber("id").longValue();
    long version = created.getJsonNumber("version").longValue();

    Response first = EDUCATOR.put("/programmes/" + id, programme(Api.unique("Renamed"), version));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertProblem(EDUCATOR.put("/programmes/" + id, programme(Api.unique("Lost"), version)), 409);

    assertThat(Api.demo("alice").post("/programmes", programme(Api.unique("Mine"), null)).status())
        .isEqualTo(403);
    assertThat(Api.demo("dr.chen").put("/programmes/" + id, programme("x", version)).status())
        .isEqualTo(403);
    assertThat(Api.demo("alice").get("/lessons/1/authoring").status()).isEqualTo(403);
    assertProblem(
        EDUCATOR.post("/programmes", Json.createObjectBuilder().add("title", "No topic").build()),
        400);
  }

  @Test
  void figuresAreCountsForStaffAndEducatorsOnly() {
    Response figures = Api.demo("desk.jones").get("/education/figures");

    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    JsonObject diabetes = figuresOf(figures, Education.DIABETES);
    assertThat(diabetes.getJsonNumber("enrolled").longValue()).isPositive();
    assertThat(diabetes.toString()).doesNotContain("alice").doesNotContain("patientId");
    assertThat(EDUCATOR.get("/education/figures").status()).isEqualTo(200);
    assertThat(Api.demo("alice").get("/education/figures").status()).isEqualTo(403);
    assertThat(Api.demo("carol").get("/education/figures").status()).isEqualTo(403);
  }

  @Test
  void literacyCountsOfFewerThanFivePeopleAreWithheldSoNoOnesScreenShows() {
    String title = Api.unique("Figures");
    Response created = EDUCATOR.post("/programmes", programme(title, null));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    List<TestPatient> limited = new ArrayList<>();
    List<TestPatient> unscreened = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      TestPatient screened = TestPatient.register("fig-lim");
      Response screen = screened.api().post("/me/literacy-screening", Education.screen(4, null));
      assertThat(screen.json().getString("level")).isEqualTo("LIMITED");
      limited.add(screened);
      unscreened.add(TestPatient.register("fig-none"));
    }

    // Two people, one of them LIMITED: who knows that alice is one of them knows too much.
    enrol(id, limited.get(0));
    enrol(id, unscreened.get(0));
    JsonObject two = figuresOf(Api.demo("desk.jones").get("/education/figures"), title);
    assertThat(two.getJsonNumber("enrolled").longValue()).isEqualTo(2);
    assertThat(two.getBoolean("literacyWithheld")).isTrue();
    assertThat(two.getInt("smallestCount")).isEqualTo(5);
    for (String count : List.of("literacyLimited", "literacyAdequate", "literacyUnknown")) {
      assertThat(Education.absent(two, count)).as(count).isTrue();
    }

    for (int i = 1; i < 5; i++) {
      enrol(id, limited.get(i));
      enrol(id, unscreened.get(i));
    }
    JsonObject ten = figuresOf(EDUCATOR.get("/education/figures"), title);
    assertThat(ten.getJsonNumber("enrolled").longValue()).isEqualTo(10);
    assertThat(ten.getBoolean("literacyWithheld")).isFalse();
    assertThat(ten.getJsonNumber("literacyLimited").longValue()).isEqualTo(5);
    assertThat(ten.getJsonNumber("literacyAdequate").longValue()).isZero();
    assertThat(ten.getJsonNumber("literacyUnknown").longValue()).isEqualTo(5);
  }

  private static void enrol(long programmeId, TestPatient patient) {
    Response enrolled = patient.api().post("/programmes/" + programmeId + "/enrolments");
    assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
  }

  private static JsonObject figuresOf(Response figures, String title) {
    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    return figures.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figures of " + title + ": " + figures));
  }
}
