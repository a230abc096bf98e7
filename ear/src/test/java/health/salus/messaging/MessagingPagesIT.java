package health.salus.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: alice writes to her care team, dr.chen reads and answers, alice sees the answer
 * and that dr.chen read her message, and bob is told there is no such conversation; a new patient
 * does the same in Chinese, from the empty list. axe-core checks each page arrived at.
 */
class MessagingPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  /** Writes a new message to the care team from the messages page: the new thread's id. */
  private long writeToCareTeam(String subject, String body) {
    browser.click("menu-messages");
    browser.waitForPath("/messaging/threads.xhtml");
    browser.click("new-message");
    browser.waitForPath("/messaging/new.xhtml");
    browser.type("thread:subject", subject);
    browser.type("thread:body", body);
    browser.click("thread:send");
    browser.waitForPath("/messaging/thread.xhtml");
    String path = browser.currentPath();
    return Long.parseLong(path.substring(path.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));
  }

  @Test
  void aliceWritesToHerCareTeamDrChenAnswersAndAliceSeesTheAnswerAndTheReceipt() {
    String subject = Api.unique("Dizzy in the mornings");
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.text("home-messages")).contains("New messages");

    long id = writeToCareTeam(subject, "I feel **dizzy** when I get up.");

    assertThat(browser.text("subject")).isEqualTo(subject);
    assertThat(browser.text("messages"))
        .contains("I feel dizzy when I get up.")
        .contains("Not read yet");
    assertThat(browser.driver().findElements(By.cssSelector("#messages strong")))
        .anySatisfy(e -> assertThat(e.getText()).isEqualTo("dizzy"));

    signOut();
    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-messages");
    browser.waitForPath("/messaging/threads.xhtml");
    assertThat(browser.text("threads")).contains(subject).contains("1 new");
    browser.click("thread-" + id);
    browser.waitForPath("/messaging/thread.xhtml");
    assertThat(browser.text("messages")).contains("I feel dizzy when I get up.");
    browser.type("reply:body", "Please stand up slowly and check your blood pressure.");
    browser.click("reply:send");
    browser.waitForText("messages", "Please stand up slowly");

    signOut();
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-messages");
    browser.waitForPath("/messaging/threads.xhtml");
    assertThat(browser.text("threads")).contains(subject);
    browser.click("thread-" + id);
    browser.waitForPath("/messaging/thread.xhtml");
    assertThat(browser.text("messages"))
        .contains("Please stand up slowly and check your blood pressure.")
        .contains("Read ")
        .doesNotContain("Not read yet");

    signOut();
    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.openExpectingError("/messaging/thread.xhtml?id=" + id, "notFound");
  }

  @Test
  void aNewPatientWritesInChinese() {
    TestPatient patient = TestPatient.withGp("msgzh", "dr.chen");
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.switchLanguage();
    browser.waitForPath("/home.xhtml");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("zh-CN");
    browser.click("menu-messages");
    browser.waitForPath("/messaging/threads.xhtml");
    assertThat(browser.text("threads-empty")).isEqualTo("还没有消息。");
    browser.click("new-message");
    browser.waitForPath("/messaging/new.xhtml");
    browser.click("thread:send");
    browser.waitForText("content", "请填写主题。");

    browser.type("thread:subject", "药");
    browser.type("thread:body", "早上吃哪些药？");
    browser.click("thread:send");
    browser.waitForPath("/messaging/thread.xhtml");

    assertThat(browser.text("messages")).contains("早上吃哪些药？").contains("尚未阅读");
  }

  @Test
  void aPatientAttachesAFileAFakePdfIsRefusedAndDrChenDownloadsTheRealOne() throws Exception {
    TestPatient patient = TestPatient.withGp("msgfile", "dr.chen");
    long id =
        Messaging.start(
            patient.api(), Messaging.toCareTeam("My letter", "I will send the letter.", null));
    Path folder = Files.createTempDirectory("msgfile");
    Path fake = Files.writeString(folder.resolve("letter.pdf"), "<html><body>hi</body></html>");
    Path real = Files.write(folder.resolve("hospital letter.pdf"), Multipart.pdf());
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/messaging/thread.xhtml?id=" + id);

    browser.type("reply:body", "Here it is.");
    browser.byId("reply:files").sendKeys(fake.toAbsolutePath().toString());
    browser.click("reply:send");
    browser.waitForText("content", "not a PDF, PNG, JPEG or plain text");
    assertThat(browser.text("messages")).doesNotContain("Here it is.");

    browser.type("reply:body", "Here it is.");
    browser.byId("reply:files").sendKeys(real.toAbsolutePath().toString());
    browser.click("reply:send");
    browser.waitForText("messages", "Download hospital letter.pdf");

    signOut();
    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/messaging/thread.xhtml?id=" + id);
    browser.driver().findElement(By.cssSelector("#messages a.attachment-download")).click();
    Path download = browser.waitForDownload(".pdf");
    assertThat(Files.readAllBytes(download)).isEqualTo(Multipart.pdf());

    browser.open("/messaging/thread.xhtml?id=" + id);
    new Select(browser.byId("triage:assignedTo")).selectByValue("dr.chen");
    new Select(browser.byId("triage:priority")).selectByValue("URGENT");
    new Select(browser.byId("triage:status")).selectByValue("WAITING_ON_PATIENT");
    var save = browser.byId("triage:save");
    save.click();
    browser.waitUntilStale(save);
    browser.open("/messaging/threads.xhtml");
    assertThat(browser.text("triage-" + id)).contains("Urgent").contains("Waiting for the patient");
    assertThat(browser.text("due-" + id)).contains("On time");
  }

  @Test
  void theEducatorPointsToALessonThePatientOpensItTailoredAndSeesTheOutOfHoursNoticeWhenClosed() {
    TestPatient patient = TestPatient.register("msgedu");
    long id =
        Messaging.start(
            patient.api(),
            Messaging.toPractitioner("edu.nguyen", "Salt " + Api.unique("s"), "How much salt?"));
    String body = "A good lesson to start with " + Api.unique("b");

    browser.signIn("edu.nguyen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/messaging/thread.xhtml?id=" + id);
    assertThat(browser.exists("out-of-hours")).as("not for the care side").isFalse();
    Select lessons = new Select(browser.byId("reply:lessons"));
    String picked = lessons.getOptions().get(0).getText();
    long lessonId = Long.parseLong(lessons.getOptions().get(0).getAttribute("value"));
    lessons.selectByIndex(0);
    browser.type("reply:body", body);
    browser.click("reply:send");
    browser.waitForText("messages", body);
    signOut();

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/messaging/thread.xhtml?id=" + id);
    boolean closed =
        patient
            .api()
            .post(
                "/threads/" + id + "/messages",
                jakarta.json.Json.createObjectBuilder().add("body", "Thank you").build())
            .json()
            .getBoolean("outOfHours");
    browser.open("/messaging/thread.xhtml?id=" + id);
    assertThat(browser.exists("out-of-hours")).as("out of hours now: " + closed).isEqualTo(closed);
    String link = "lesson-link-" + messageWith(patient, id, body) + "-" + lessonId;
    assertThat(picked).endsWith(browser.text(link));
    browser.click(link);
    browser.waitForPath("/education/lesson.xhtml");
    JsonObject tailored = patient.api().get("/lessons/" + lessonId).json();
    assertThat(browser.byId("variant").getAttribute("data-level"))
        .isEqualTo(tailored.getString("level"));
    assertThat(browser.byId("variant").getAttribute("data-format"))
        .isEqualTo(tailored.getString("format"));
    browser.open("/messaging/new.xhtml");
    assertThat(browser.exists("out-of-hours")).isEqualTo(closed);
  }

  private static long messageWith(TestPatient patient, long thread, String body) {
    return Messaging.messages(Messaging.open(patient.api(), thread)).stream()
        .filter(m -> m.getString("bodyHtml").contains(body))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
