package health.salus.education;

import static health.salus.education.Education.AGEING;
import static health.salus.education.Education.HEART;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
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
 * variant, passes its quiz, sees her progress, and asks a health educator (video and phone times
 * offered; she sends a question, which edu.nguyen answers); the educator sees a lesson's
 * readability against its target. axe-core checks each page arrived at.
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
  void aliceTakesAnEasyReadLightLessonAndItsQuizThenAsksAnEducatorWhoAnswers() {
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

    // Ask a health educator: a video or phone call in edu.nguyen's diary, or a question.
    browser.click("ask-educator-link");
    browser.waitForPath("/education/ask.xhtml");
    assertThat(browser.text("educators")).contains("Linh Nguyen");
    browser.click("video-edu.nguyen");
    browser.waitForPath("/scheduling/book.xhtml");
    assertThat(browser.text("book-heading")).contains("Linh Nguyen");
    List<WebElement> times = browser.driver().findElements(By.cssSelector("#booking .slot-button"));
    assertThat(times).as("edu.nguyen has video times").isNotEmpty();
    assertThat(times).allSatisfy(t -> assertThat(t.getText()).endsWith("Video"));
    browser.driver().navigate().back();
    browser.waitForPath("/education/ask.xhtml");
    browser.click("phone-edu.nguyen");
    browser.waitForPath("/scheduling/book.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector("#booking .slot-button")))
        .as("edu.nguyen has phone times")
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.getText()).endsWith("Phone"));
    browser.driver().navigate().back();
    browser.waitForPath("/education/ask.xhtml");
    browser.click("ask-edu.nguyen");
    browser.waitForPath("/messaging/new.xhtml");
    assertThat(new Select(browser.byId("thread:to")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("edu.nguyen");
    String subject = Api.unique("Reading food labels");
    browser.type("thread:subject", subject);
    browser.type("thread:body", "How do I know how much sugar is in my food?");
    browser.click("thread:send");
    browser.waitForPath("/messaging/thread.xhtml");
    String thread = browser.currentPath().replaceAll(".*[?&]id=([0-9]+).*", "$1");

    browser.driver().manage().deleteAllCookies();
    browser.signIn("edu.nguyen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-messages");
    browser.waitForPath("/messaging/threads.xhtml");
    assertThat(browser.text("threads")).contains(subject);
    browser.click("thread-" + thread);
    browser.waitForPath("/messaging/thread.xhtml");
    assertThat(browser.text("messages")).contains("how much sugar");
    browser.type("reply:body", "Look at the label: sugars per 100 g. Under 5 g is low.");
    browser.click("reply:send");
    browser.waitForText("messages", "Under 5 g is low");

    browser.driver().manage().deleteAllCookies();
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/messaging/thread.xhtml?id=" + thread);
    assertThat(browser.text("messages"))
        .contains("How do I know how much sugar is in my food?")
        .contains("Under 5 g is low");
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
  void aPatientKeepsTheVariantSheSwitchedToForAllHerLessonsAndGoesBack() {
    List<Long> lessons = Education.lessons(Education.programme(AGEING));
    TestPatient patient = TestPatient.register("edu-keep");
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/education/lesson.xhtml?id=" + lessons.get(0));
    assertThat(browser.byId("variant").getAttribute("data-level")).isEqualTo("STANDARD");
    assertThat(browser.exists("choice:forget")).isFalse();
    new Select(browser.byId("variant-level")).selectByValue("DETAILED");
    browser.click("switch");
    browser.waitForText("variant", "Detailed");

    browser.click("choice:keep");
    browser.waitForGrowl("From now on, your lessons open like this one.");
    browser.open("/education/lesson.xhtml?id=" + lessons.get(1));
    assertThat(browser.byId("variant").getAttribute("data-level")).isEqualTo("DETAILED");
    assertThat(browser.text("choice-kept"))
        .isEqualTo("You chose this kind of lesson for all your lessons.");

    browser.click("choice:forget");
    browser.waitForGrowl("Your lessons now open as we picked them for you again.");
    assertThat(browser.byId("variant").getAttribute("data-level")).isEqualTo("STANDARD");
    assertThat(browser.exists("choice:forget")).isFalse();
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
    assertThat(browser.text("variants"))
        .contains("Target")
        .contains("No measure (Chinese)")
        .contains("No target: no readability measure is used for Chinese")
        .contains("Within the target (grade 6 or below)");
    assertThat(browser.text("measures")).contains("No measure is used for Chinese text");
    browser.click("menu-education-figures");
    browser.waitForPath("/education/figures.xhtml");
    assertThat(browser.text("figures")).contains(HEART);
  }

  @Test
  void aNewPatientIsOfferedTheLiteracyScreenRightAfterRegisteringAndItIsStored() {
    String username = Api.unique("lit");
    String password = Api.strongPassword();
    browser.open("/register.xhtml");
    browser.type("register:username", username);
    browser.type("register:fullName", "Lit " + username.substring(4).toUpperCase());
    browser.type("register:email", username + "@example.org");
    browser.type("register:birthDate", "1961-03-14");
    browser.type("register:password", password);
    browser.type("register:passwordConfirm", password);
    browser.click("register:submit");

    browser.waitForPath("/education/screening.xhtml");
    assertThat(browser.text("welcome-screening")).contains("Skip for now");
    assertThat(Api.as(username, password).get("/me/literacy-screening").status()).isEqualTo(204);
    new Select(browser.byId("screening:helpReading")).selectByValue("4");
    new Select(browser.byId("screening:confidentWithForms")).selectByValue("A_LITTLE");
    browser.click("screening:save");
    browser.waitForPath("/education/programmes.xhtml");

    JsonObject stored = Api.as(username, password).get("/me/literacy-screening").json();
    assertThat(stored.getString("level")).isEqualTo("LIMITED");
    assertThat(stored.getInt("helpReading")).isEqualTo(4);
  }

  @Test
  void theCaseManagerAssignsAProgrammeOnTheCaseAndThePatientSeesWhoAndWhyOnLearn() {
    Credentials cm = Api.newStaff("cm-assign-page", "CASE_MANAGER");
    TestPatient patient = TestPatient.register("edu-assign-page");
    Response opened =
        Api.as(cm.username(), cm.password())
            .post(
                "/cases",
                Json.createObjectBuilder()
                    .add("patientId", patient.id())
                    .add("programme", "CHRONIC_CARE")
                    .add("summary", "Balance after a fall")
                    .build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long caseId = opened.json().getJsonNumber("id").longValue();
    String reason = "Steadier on the stairs " + Api.unique("r");

    browser.signIn(cm.username(), cm.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    new Select(browser.byId("assignProgramme:programme")).selectByVisibleText(AGEING);
    browser.type("assignProgramme:reason", reason);
    browser.click("assignProgramme:assign");
    browser.waitForGrowl("The programme is assigned.");
    long ageing = Education.programme(AGEING);
    int lessons = Education.lessons(ageing).size();
    assertThat(browser.text("case-programme-" + ageing)).isEqualTo(AGEING);
    assertThat(browser.text("case-programme-progress-" + ageing))
        .isEqualTo("0 of " + lessons + " lessons done");
    assertThat(browser.text("history-programme-" + ageing))
        .endsWith(": Programme \"" + AGEING + "\" assigned by Staff " + cm.username());
    browser.clickButton("Sign out");
    browser.waitForPath("/login.xhtml");

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.click("menu-learn");
    browser.waitForPath("/education/programmes.xhtml");
    assertThat(browser.text("assigned-" + Education.programme(AGEING)))
        .isEqualTo("Added to your care by Staff " + cm.username() + ": \"" + reason + "\"");
  }

  private static long heartProgramme() {
    return Education.programme(HEART);
  }
}
