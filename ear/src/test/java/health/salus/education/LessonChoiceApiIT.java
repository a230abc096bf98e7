package health.salus.education;

import static health.salus.education.Education.AGEING;
import static health.salus.education.Education.assertProblem;
import static health.salus.education.Education.lessons;
import static health.salus.education.Education.programme;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient keeps the variant they switched to for all their lessons ({@code PUT
 * /me/lesson-choice}): lessons opened without naming a variant and the recommendations follow it
 * (why: the patient chose it), a variant named in the request still wins, and {@code DELETE} goes
 * back to what tailoring suggests. Bad or missing parts 400 and nothing changes; only patients.
 */
class LessonChoiceApiIT {

  private static JsonObject choice(String level, String language, String format) {
    var body = Json.createObjectBuilder();
    if (level != null) {
      body.add("level", level);
    }
    if (language != null) {
      body.add("language", language);
    }
    if (format != null) {
      body.add("format", format);
    }
    return body.build();
  }

  private static String variant(JsonObject lesson) {
    return lesson.getString("level")
        + " "
        + lesson.getString("language")
        + " "
        + lesson.getString("format");
  }

  @Test
  void aKeptChoiceOpensEveryLessonAndRecommendationUntilThePatientGoesBack() {
    String username = Api.unique("edu-choice");
    String password = Api.strongPassword();
    // 81 years old: the healthy ageing programme is recommended (aged 65 and over).
    Response registered =
        Api.anonymous()
            .post(
                "/auth/register",
                Api.with(
                    Api.registration(username, password), "birthDate", Api.text("1945-03-01")));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    long patientId = registered.json().getJsonNumber("patientId").longValue();
    Api me = Api.as(username, password);
    List<Long> ageing = lessons(programme(AGEING));
    String first = "/lessons/" + ageing.get(0);
    String second = "/lessons/" + ageing.get(1);
    assertThat(variant(me.get(second).json())).isEqualTo("STANDARD en TEXT");
    assertThat(me.get("/me/lesson-choice").status()).isEqualTo(204);

    Response kept = me.put("/me/lesson-choice", choice("DETAILED", "zh-Hans", "TEXT"));

    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(kept.json().getString("level")).isEqualTo("DETAILED");
    assertThat(kept.json().getString("language")).isEqualTo("zh-Hans");
    assertThat(variant(me.get(first).json())).isEqualTo("DETAILED zh-Hans TEXT");
    assertThat(variant(me.get(second).json())).isEqualTo("DETAILED zh-Hans TEXT");
    assertThat(variant(me.get(second + "?level=EASY_READ&language=en").json()))
        .as("a variant named in the request wins")
        .isEqualTo("EASY_READ en TEXT");
    JsonObject recommended =
        me.get("/me/recommendations").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("programmeId").longValue() == programme(AGEING))
            .findFirst()
            .orElseThrow();
    assertThat(recommended.getString("level")).isEqualTo("DETAILED");
    assertThat(recommended.getString("language")).isEqualTo("zh-Hans");
    assertThat(recommended.getString("why")).contains("The kind of lesson you chose");
    assertThat(me.get("/me/lesson-choice").json().getString("format")).isEqualTo("TEXT");
    assertThat(Api.auditEntries(username, "EDUCATION_LESSON_CHOICE", "SUCCESS", patientId))
        .hasSize(1);

    // Choosing again changes the one choice.
    assertThat(me.put("/me/lesson-choice", choice("EASY_READ", "en", "LOW_BANDWIDTH")).status())
        .isEqualTo(200);
    assertThat(variant(me.get(second).json())).isEqualTo("EASY_READ en LOW_BANDWIDTH");

    assertThat(me.delete("/me/lesson-choice").status()).isEqualTo(204);
    assertThat(variant(me.get(second).json())).isEqualTo("STANDARD en TEXT");
    assertThat(me.get("/me/lesson-choice").status()).isEqualTo(204);
    assertThat(me.delete("/me/lesson-choice").status()).as("nothing to forget").isEqualTo(204);
  }

  @Test
  void aBadOrHalfChoiceIsRefusedAndChangesNothingAndOnlyPatientsChoose() {
    Api.Credentials login = Api.newPatient("edu-badchoice");
    Api me = Api.as(login.username(), login.password());
    long lesson = lessons(programme(AGEING)).get(0);
    assertThat(me.put("/me/lesson-choice", choice("STANDARD", "en", "TEXT")).status())
        .isEqualTo(200);

    assertProblem(me.put("/me/lesson-choice", choice("HARD", "en", "TEXT")), 400);
    assertProblem(me.put("/me/lesson-choice", choice("EASY_READ", "fr", "TEXT")), 400);
    assertProblem(me.put("/me/lesson-choice", choice("EASY_READ", "en", null)), 400);
    assertProblem(me.put("/me/lesson-choice", Json.createObjectBuilder().build()), 400);

    assertThat(variant(me.get("/lessons/" + lesson).json())).isEqualTo("STANDARD en TEXT");
    assertThat(me.get("/me/lesson-choice").json().getString("level")).isEqualTo("STANDARD");
    assertThat(
            Api.demo("edu.nguyen")
                .put("/me/lesson-choice", choice("STANDARD", "en", "TEXT"))
                .status())
        .isEqualTo(403);
    assertThat(Api.demo("carol").get("/me/lesson-choice").status()).isEqualTo(403);
  }
}
