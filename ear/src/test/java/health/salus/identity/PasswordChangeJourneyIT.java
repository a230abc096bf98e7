package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In the browser: a password changed on the profile page keeps this session and ends the rest. */
class PasswordChangeJourneyIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void changingThePasswordOnThePageKeepsThisSessionAndEndsTheOthers() {
    String username = Api.unique("pwweb");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    PageSession elsewhere = PageSession.signedIn(username, password);
    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");
    String newPassword = Api.strongPassword();

    browser.open("/account/profile.xhtml");
    browser.type("password:current", password);
    browser.type("password:newPassword", newPassword);
    browser.type("password:confirm", newPassword);
    browser.click("password:change");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> d.getPageSource().contains("Your password has been changed."));

    browser.open("/home.xhtml");
    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-home")).as("this session goes on").isTrue();
    Answer other = elsewhere.get("/home.xhtml");
    assertThat(other.isSentToLogin()).as(other.toString()).isTrue();
    assertThat(Api.as(username, newPassword).get("/me").status()).isEqualTo(200);
  }
}
