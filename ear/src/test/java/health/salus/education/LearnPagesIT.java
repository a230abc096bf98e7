package health.salus.education;

import static health.salus.education.Education.HEART;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: alice (primary school, limited internet, a LIMITED literacy screen) opens Learn,
 * finds the heart programme recommended with why, opens its lesson in the easy-read low-bandwidth
 * variant, passes its quiz, and sees her progress; the educator sees a lesson's readability against
 * its target. axe-core checks each page arrived at.
 */
class LearnPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private static int heartLessonsDone() {
    return Api.demo("alice").get("/me/progress").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("programmeId").longValue() == Education.programme(HEART))
        .mapToInt(p -> p.getInt("completedLessons"))
        .findFirst()
        .orElse(0);
  }

  @Test
  void aliceOpensARecommendedEasyReadLightLessonPassesItsQuizAndSeesHerProgress() {
    int before = heartLessonsDone();
    long heart = Education.programme(HEART);
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-learn");
    browser.waitForPath("/education/programmes.xhtml");

    WebElement card =
        browser.driver().findElements(By.cssSelector("#recommendations li")).stream()
            .filter(li -> li.findElement(By.tagName("h3")).getText().equals(HEART))
            .findFirst()
            .orElseThrow(() -> new AssertionError("heart programme not recommended"));
    assertThat(card.getText())
        .contains("Easy read")
        .contains("Light")
        .contains("Essential hypertension");
    card.findElement(By.tagName("a")).click();
    browser.waitForPath("/education/lesson.xhtml");

    WebElement variant = browser.byId("variant");
    assertThat(variant.getAttribute("data-level")).isEqualTo("EASY_READ");
    assertThat(variant.getAttribute("data-format")).isEqualTo("LOW_BANDWIDTH");
    assertThat(variant.getAttribute("data-language")).isEqualTo("en");
    String path = browser.currentPath();
    long lessonId = Long.parseLong(path.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    assertThat(Education.lessons(heart)).contains(lessonId);

    List<String> right = Education.rightAnswers(lessonId);
    List<WebElement> selects = browser.driver().findElements(By.cssSelector("#quiz select"));
    assertThat(selects).hasSize(right.size());
    for (int i = 0; i < selects.size(); i++) {
      new Select(selects.get(i)).selectByVisibleText(right.get(i));
    }
    browser.click("quiz:check");
    browser.waitForText("completed", "You have finished this lesson.");
    assertThat(browser.driver().getPageSource()).contains("Well done");
    assertThat(browser.byId("variant").getAttribute("data-format"))
        .as("back on the same variant")
        .isEqualTo("LOW_BANDWIDTH");

    browser.click("menu-learn");
    browser.waitForPath("/education/programmes.xhtml");
    assertThat(browser.text("progress-" + heart)).isEqualTo((before + 1) + " of 2 lessons done");
  }

  @Test
  void theLessonSwitcherShowsAnotherVariantInChinese() {
    long lesson = Education.lessons(heartProgramme()).get(0);
    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/education/lesson.xhtml?id=" + lesson);
    browser.waitForPath("/education/lesson.xhtml");
    new Select(browser.byId("variant-language")).selectByValue("zh-Hans");
    new Select(browser.byId("variant-level")).selectByValue("DETAILED");
    new Select(browser.byId("variant-format")).selectByValue("TEXT");
    browser.click("switch");
    browser.waitForText("lesson", "深入了解血压");
    assertThat(browser.byId("variant").getAttribute("data-level")).isEqualTo("DETAILED");
    assertThat(browser.byId("lesson").getAttribute("lang")).isEqualTo("zh-Hans");
  }

  @Test
  void theEducatorSeesReadabilityAgainstTheTarget() {
    long lesson = Education.lessons(heartProgramme()).get(0);
    browser.signIn("edu.nguyen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-authoring");
    browser.waitForPath("/education/author/programmes.xhtml");
    browser.click("edit-" + heartProgramme());
    browser.waitForPath("/education/author/programme.xhtml");
    browser.click("lesson-" + lesson);
    browser.waitForPath("/education/author/lesson.xhtml");
    assertThat(browser.text("variants")).contains("Target").contains("none (not English)");
    browser.click("menu-education-figures");
    browser.waitForPath("/education/figures.xhtml");
    assertThat(browser.text("figures")).contains(HEART);
  }

  private static long heartProgramme() {
    return Education.programme(HEART);
  }
}
