package health.salus.education;

import static health.salus.education.Education.AGEING;
import static health.salus.education.Education.DIABETES;
import static health.salus.education.Education.EDUCATOR;
import static health.salus.education.Education.HEART;
import static health.salus.education.Education.assertProblem;
import static health.salus.education.Education.lessons;
import static health.salus.education.Education.programme;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The education catalogue over HTTP: the programmes and their lessons, a lesson in the variant
 * asked for or the one that suits the reader, alice's recommendations (easy read, low bandwidth,
 * from her conditions and age, each with why), enrolment by the patient and by the care team, and
 * who may not.
 */
class EducationApiIT {

  private static final Api ALICE = Api.demo("alice");
  private static final Api CHEN = Api.demo("dr.chen");

  @Test
  void theProgrammesListTheirLanguagesAndLevelsAndTheirLessons() {
    Response list = Api.demo("bob").get("/programmes?language=en");

    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    JsonObject diabetes =
        list.jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("title").equals(DIABETES))
            .findFirst()
            .orElseThrow();
    assertThat(diabetes.getString("topic")).isEqualTo("Diabetes");
    assertThat(diabetes.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("en", "zh-Hans");
    assertThat(diabetes.getJsonArray("levels").toString())
        .isEqualTo("[\"EASY_READ\",\"STANDARD\",\"DETAILED\"]");

    Response one =
        Api.demo("bob").get("/programmes/" + diabetes.getJsonNumber("id") + "?language=zh-Hans");
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().getString("title")).isEqualTo("与2型糖尿病健康共处");
    assertThat(one.json().getJsonArray("lessons")).hasSize(2);
    assertThat(one.json().getJsonArray("lessons").getJsonObject(1).getString("title"))
        .isEqualTo("照顾好你的脚");
    assertProblem(Api.demo("bob").get("/programmes/987654321"), 404);
  }

  @Test
  void aLessonComesInTheVariantAskedForOrTheNearestThereIs() {
    long lesson = lessons(programme(HEART)).get(0);

    JsonObject detailedChinese =
        CHEN.get("/lessons/" + lesson + "?level=DETAILED&language=zh-Hans&format=TEXT").json();
    assertThat(detailedChinese.getString("level")).isEqualTo("DETAILED");
    assertThat(detailedChinese.getString("language")).isEqualTo("zh-Hans");
    assertThat(detailedChinese.getString("format")).isEqualTo("TEXT");
    assertThat(detailedChinese.getString("title")).isEqualTo("了解你的血压");
    assertThat(Education.absent(detailedChinese, "readabilityGrade"))
        .as("no grade for Chinese")
        .isTrue();

    JsonObject standard = CHEN.get("/lessons/" + lesson + "?level=STANDARD&language=en").json();
    assertThat(standard.getString("bodyHtml"))
        .as("headings sit below the page's own h1")
        .contains("<h3>Know your blood pressure</h3>")
        .doesNotContain("<script");
    assertThat(standard.getJsonNumber("readabilityGrade").doubleValue()).isPositive();
    assertThat(standard.getInt("targetGrade")).isEqualTo(8);

    JsonObject noVideo =
        CHEN.get("/lessons/" + lesson + "?level=EASY_READ&language=en&format=VIDEO").json();
    assertThat(noVideo.getString("format"))
        .as("no video of this lesson: text")
        .isIn("TEXT", "LOW_BANDWIDTH");
    assertThat(noVideo.getString("level")).isEqualTo("EASY_READ");

    JsonObject video =
        CHEN.get(
                "/lessons/"
                    + lessons(programme(DIABETES)).get(0)
                    + "?format=VIDEO&level=STANDARD&language=en")
            .json();
    assertThat(video.getString("format")).isEqualTo("VIDEO");
    assertThat(video.getString("mediaUrl")).startsWith("https://");

    assertProblem(CHEN.get("/lessons/" + lesson + "?level=VERY_EASY"), 400);
    assertProblem(CHEN.get("/lessons/" + lesson + "?format=SMOKE_SIGNAL"), 400);
    assertProblem(CHEN.get("/lessons/" + lesson + "?language=fr"), 400);
    assertProblem(CHEN.get("/lessons/987654321"), 404);
  }

  @Test
  void withoutParametersALessonSuitsTheReader() {
    long lesson = lessons(programme(AGEING)).get(1);

    JsonObject forAlice = ALICE.get("/lessons/" + lesson).json();
    assertThat(forAlice.getString("level"))
        .as("primary school, limited screen")
        .isEqualTo("EASY_READ");
    assertThat(forAlice.getString("format")).as("limited internet").isEqualTo("LOW_BANDWIDTH");
    assertThat(forAlice.getString("language")).isEqualTo("en");

    TestPatient reader = TestPatient.register("edu-reader");
    Api me = reader.api();
    assertThat(me.get("/lessons/" + lesson).json().getString("level")).isEqualTo("STANDARD");
    assertThat(me.get("/lessons/" + lesson).json().getString("format")).isEqualTo("TEXT");
    assertThat(me.changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    assertThat(me.changeProfile("internetAccess", "NONE").status()).isEqualTo(200);

    JsonObject chinese = me.get("/lessons/" + lesson).json();
    assertThat(chinese.getString("language")).isEqualTo("zh-Hans");
    assertThat(chinese.getString("format")).isEqualTo("LOW_BANDWIDTH");
    assertThat(chinese.getString("level"))
        .as("the only light variant is easy read")
        .isEqualTo("EASY_READ");

    assertThat(me.changeProfile("educationLevel", "PRIMARY").status()).isEqualTo(200);
    assertThat(me.changeProfile("internetAccess", "GOOD").status()).isEqualTo(200);
    JsonObject easy = me.get("/lessons/" + lesson).json();
    assertThat(easy.getString("level")).isEqualTo("EASY_READ");
    assertThat(easy.getString("format")).isEqualTo("TEXT");
  }

  @Test
  void aliceIsRecommendedEasyReadLowBandwidthLessonsFromHerConditionsAndAgeWithWhy() {
    Response answer = ALICE.get("/me/recommendations");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    List<JsonObject> items = answer.jsonArray().getValuesAs(JsonObject.class);
    assertThat(items).isNotEmpty();
    assertThat(items)
        .allSatisfy(
            r -> {
              assertThat(r.getString("level")).isEqualTo("EASY_READ");
              assertThat(r.getString("format")).isEqualTo("LOW_BANDWIDTH");
              assertThat(r.getString("language")).isEqualTo("en");
              assertThat(r.getString("why")).contains("Easy read").contains("Light pages");
              assertThat(r.getJsonNumber("lessonId").longValue()).isPositive();
            });
    assertThat(items)
        .extracting(r -> r.getJsonNumber("programmeId").longValue())
        .contains(programme(HEART), programme(AGEING));
    JsonObject heart =
        items.stream()
            .filter(r -> r.getJsonNumber("programmeId").longValue() == programme(HEART))
            .findFirst()
            .orElseThrow();
    assertThat(heart.getString("why")).contains("Essential hypertension");
    JsonObject ageing =
        items.stream()
            .filter(r -> r.getJsonNumber("programmeId").longValue() == programme(AGEING))
            .findFirst()
            .orElseThrow();
    assertThat(ageing.getString("why")).contains("65");

    assertThat(TestPatient.register("edu-none").api().get("/me/recommendations").jsonArray())
        .as("no conditions, 41 years old")
        .isEmpty();
  }

  @Test
  void thePatientEnrolsOnceAndTheCareTeamMayEnrolThemButNoOneElse() {
    long heart = programme(HEART);
    TestPatient patient = TestPatient.withGp("edu-enrol", "dr.chen");
    Api me = patient.api();

    Response first =
        me.post("/programmes/" + heart + "/enrolments", Json.createObjectBuilder().build());
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(first.json().getJsonNumber("programmeId").longValue()).isEqualTo(heart);
    long id = first.json().getJsonNumber("id").longValue();

    Response again = me.post("/programmes/" + heart + "/enrolments");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(me.get("/me/progress").jsonArray().getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getJsonNumber("programmeId").longValue()).isEqualTo(heart);
              assertThat(p.getInt("completedLessons")).isZero();
              assertThat(p.getInt("totalLessons")).isEqualTo(2);
            });

    long ageing = programme(AGEING);
    JsonObject forPatient = Json.createObjectBuilder().add("patientId", patient.id()).build();
    Response byGp = CHEN.post("/programmes/" + ageing + "/enrolments", forPatient);
    assertThat(byGp.status()).as(byGp.toString()).isEqualTo(201);
    assertThat(byGp.json().getString("assignedByUsername")).isEqualTo("dr.chen");
    assertThat(me.get("/me/progress").jsonArray()).hasSize(2);

    TestPatient stranger = TestPatient.register("edu-stranger");
    assertProblem(
        CHEN.post(
            "/programmes/" + ageing + "/enrolments",
            Json.createObjectBuilder().add("patientId", stranger.id()).build()),
        403);
    assertProblem(
        Api.demo("cm.smith").post("/programmes/" + ageing + "/enrolments", forPatient), 403);
    assertThat(EDUCATOR.post("/programmes/" + ageing + "/enrolments", forPatient).status())
        .isEqualTo(403);
    assertThat(Api.demo("carol").post("/programmes/" + ageing + "/enrolments", forPatient).status())
        .isEqualTo(403);
    assertProblem(me.post("/programmes/987654321/enrolments"), 404);
    assertThat(stranger.api().get("/me/progress").jsonArray()).isEmpty();
  }

  @Test
  void onlyPatientsHaveRecommendationsProgressAndScreens() {
    for (String staff : List.of("dr.chen", "edu.nguyen", "desk.jones")) {
      Api who = Api.demo(staff);
      assertThat(who.get("/me/recommendations").status()).as(staff).isEqualTo(403);
      assertThat(who.get("/me/progress").status()).as(staff).isEqualTo(403);
      assertThat(who.post("/me/literacy-screening", Education.screen(1, null)).status())
          .as(staff)
          .isEqualTo(403);
    }
    assertThat(Api.anonymous().get("/programmes").status()).isEqualTo(401);
  }
}
