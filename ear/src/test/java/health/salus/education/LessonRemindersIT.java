package health.salus.education;

import static health.salus.education.Education.HEART;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Deployments;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders for unfinished lessons: a patient whose next lesson has waited a week without progress
 * is reminded of it once, however many rounds run (two at once, as two servers would, and again
 * later); finishing that lesson and stalling on the next earns one reminder about the next; a fresh
 * stall (under a week) none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonRemindersIT {

  private static final String ROUND = "/test/lesson-reminders";

  /** Two rounds at once, as two servers would run them, {@code days} from now. */
  private static void twoRoundsAtOnce(int days) {
    Race.run(
        2,
        i -> assertThat(Api.admin().get("/me").status()).isEqualTo(200),
        i -> Deployments.callTestResource("POST", ROUND + "?daysLater=" + days));
  }

  private static List<JsonObject> reminders(Api patient) {
    return patient.get("/me/notifications?size=100").items().stream()
        .filter(n -> n.getString("title").startsWith("Your lesson is waiting: "))
        .toList();
  }

  private static String title(long programmeId, int lesson) {
    return Education.EDUCATOR
        .get("/programmes/" + programmeId + "?language=en")
        .json()
        .getJsonArray("lessons")
        .getJsonObject(lesson)
        .getString("title");
  }

  @Test
  void aStalledLessonIsRemindedOnceAndTheNextStallAgainOnce() {
    TestPatient patient = TestPatient.register("edu-stalled");
    long heart = Education.programme(HEART);
    List<Long> lessons = Education.lessons(heart);
    assertThat(patient.api().post("/programmes/" + heart + "/enrolments").status()).isEqualTo(201);

    Deployments.callTestResource("POST", ROUND + "?daysLater=6");
    assertThat(reminders(patient.api())).as("six days is not yet a stall").isEmpty();

    twoRoundsAtOnce(8);
    Deployments.callTestResource("POST", ROUND + "?daysLater=9");

    List<JsonObject> first = reminders(patient.api());
    assertThat(first).hasSize(1);
    assertThat(first.get(0).getString("title"))
        .isEqualTo("Your lesson is waiting: " + title(heart, 0));
    assertThat(first.get(0).getString("link"))
        .isEqualTo("/education/lesson.xhtml?id=" + lessons.get(0));

    long firstLesson = lessons.get(0);
    assertThat(
            patient
                .api()
                .post(
                    "/lessons/" + firstLesson + "/quiz-answers",
                    Education.answers(firstLesson, Education.rightAnswers(firstLesson).size()))
                .json()
                .getBoolean("passed"))
        .isTrue();
    Deployments.callTestResource("POST", ROUND + "?daysLater=3");
    assertThat(reminders(patient.api())).as("progress made three days ago").hasSize(1);

    twoRoundsAtOnce(8);
    Deployments.callTestResource("POST", ROUND + "?daysLater=20");

    List<JsonObject> all = reminders(patient.api());
    assertThat(all).hasSize(2);
    assertThat(all)
        .extracting(n -> n.getString("title"))
        .contains("Your lesson is waiting: " + title(heart, 1));
  }
}
