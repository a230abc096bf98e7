package health.salus.community;

import static health.salus.community.Community.id;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.community.Reviews.Clinician;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Browser;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: a patient seen by a practitioner writes a review from the practitioner's reviews
 * page and sees it with the average, and the practitioner replies there; alice finds dr.chen's
 * average in the directory and the demo's reviews with his reply (also in Chinese); mod.lee removes
 * a held review from the queue. axe-core checks each page arrived at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private void confirmed(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-growl-message, #page-messages")).stream()
                    .anyMatch(m -> m.getText().contains(text)));
  }

  @Test
  void aPatientWritesAReviewThatShowsWithTheAverageAndThePractitionerReplies() {
    Clinician clinician = Reviews.clinician();
    Credentials patient = Api.newPatient("rev");
    Reviews.completedWith(Api.as(patient.username(), patient.password()), clinician);
    String text = "Explained everything twice, patiently. " + Api.unique("ok");
    String page = "/community/reviews.xhtml?practitioner=" + clinician.practitionerId();

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open(page);
    assertThat(browser.text("review-average")).isEqualTo("No reviews yet.");
    browser.click("write:save");
    browser.waitForText("write", "Choose a rating from 1 to 5.");
    new Select(browser.byId("write:rating")).selectByValue("5");
    browser.type("write:body", text);
    browser.click("write:save");
    confirmed("Your review is published.");
    assertThat(browser.text("review-average")).isEqualTo("5 out of 5, from 1 review");
    assertThat(browser.text("reviews")).contains(text);
    assertThat(browser.text("my-review-status")).isEqualTo("Published");
    assertThat(browser.text("write-heading")).isEqualTo("Change your review");
    browser.driver().manage().deleteAllCookies();

    browser.signIn(clinician.credentials().username(), clinician.credentials().password());
    browser.waitForPath("/home.xhtml");
    browser.open(page);
    WebElement form = browser.driver().findElement(By.cssSelector("form[id$='replyForm']"));
    form.findElement(By.cssSelector("textarea[id$='reply']")).sendKeys("Thank you, see you soon.");
    form.findElement(By.cssSelector("button[id$='send']")).click();
    confirmed("Your reply is published.");
    assertThat(browser.text("reviews"))
        .contains("Reply from Staff dr-rev")
        .contains("see you soon");
    assertThat(browser.driver().findElements(By.cssSelector("form[id$='replyForm']"))).isEmpty();
  }

  @Test
  void aliceFindsDrChensAverageInTheDirectoryAndTheDemoReviewsWithHisReply() {
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/scheduling/find-practitioner.xhtml");
    assertThat(browser.text("results:table")).containsPattern("\\d(\\.\\d)? out of 5 \\(\\d+\\)");
    assertThat(browser.text("site-reviews")).contains("out of 5");
    browser.click("reviews-dr.chen");
    browser.waitForPath("/community/reviews.xhtml");
    assertThat(browser.text("review-average")).contains("out of 5, from");
    assertThat(browser.text("reviews"))
        .contains("Reply from Dr Wei Chen")
        .contains("we now send a text message when we run late");
    assertThat(browser.text("my-review-heading")).isEqualTo("Your review");
  }

  @Test
  void modLeeRemovesAHeldReviewFromTheQueue() {
    Clinician clinician = Reviews.clinician();
    Api patient = Reviews.patient();
    Reviews.completedWith(patient, clinician);
    Response held =
        patient.post(
            "/practitioners/" + clinician.practitionerId() + "/reviews",
            Reviews.review(1, "Cheap viagra, message me " + Api.unique("spam")));
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    long reviewId = id(held.json());

    browser.signIn("mod.lee", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/moderation/queue.xhtml");
    WebElement item = browser.byId("queued-r" + reviewId);
    assertThat(item.getText()).contains("WATCHED_WORD:viagra").contains("Review");
    item.findElement(By.cssSelector("input[id$='reason']")).sendKeys("No advertising");
    item.findElement(By.cssSelector("button[id$='remove']")).click();
    confirmed("Removed; the author was told.");
    assertThat(browser.exists("queued-r" + reviewId)).isFalse();
  }
}
