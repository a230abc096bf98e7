package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.OneTimeCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the browser: a patient turns two-step sign-in on from the profile and signs in again with the
 * password and then a code; a wrong code keeps them on the code step, signed out.
 */
class TwoStepSignInJourneyIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void turningItOnFromTheProfileThenSigningInWithACode() {
    String username = Api.unique("mfaweb");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");

    browser.open("/account/profile.xhtml");
    browser.click("profile-mfa");
    browser.waitForPath("/account/mfa.xhtml");
    browser.click("setup:begin");
    String secret = browser.text("secret");
    assertThat(browser.exists("qr")).as("the QR code image").isTrue();
    browser.type("confirm:code", OneTimeCodes.now(secret));
    browser.click("confirm:turnOn");
    browser.waitForText("mfa-state", "Two-step sign-in is on.");
    assertThat(
            browser.driver().findElements(org.openqa.selenium.By.cssSelector("#recovery-codes li")))
        .hasSize(10);

    browser.driver().manage().deleteAllCookies();
    browser.signIn(username, password);
    browser.type("code:oneTimeCode", OneTimeCodes.wrong(secret));
    browser.click("code:verify");
    browser.waitForText("code-error", "That code is not correct.");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    browser.type("code:oneTimeCode", OneTimeCodes.next(secret));
    browser.click("code:verify");
    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-home")).isTrue();
  }
}
