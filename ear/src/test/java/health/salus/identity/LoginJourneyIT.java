package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In the browser: signing up, signing out, signing in, and a wrong password. */
class LoginJourneyIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aNewPatientRegistersSkipsTheLiteracyScreenLandsOnHomeSignsOutAndSignsInAgain() {
    String username = Api.unique("web");
    String password = Api.strongPassword();
    String fullName = "Webb " + username.substring(4).toUpperCase();

    browser.open("/register.xhtml");
    browser.type("register:username", username);
    browser.type("register:fullName", fullName);
    browser.type("register:email", username + "@example.org");
    browser.type("register:birthDate", "1984-07-21");
    browser.type("register:password", password);
    browser.type("register:passwordConfirm", password);
    browser.click("register:submit");

    browser.waitForPath("/education/screening.xhtml");
    browser.click("skip-screening");
    browser.waitForPath("/home.xhtml");
    browser.waitForText("home-title", fullName);
    assertThat(browser.exists("menu-home")).isTrue();

    browser.clickButton("Sign out");

    browser.waitForPath("/login.xhtml");
    assertThat(browser.exists("menu-home")).isFalse();
    browser.open("/home.xhtml");
    browser.waitForPath("/login.xhtml");

    browser.signIn(username, password);

    browser.waitForPath("/home.xhtml");
    browser.waitForText("home-title", fullName);
    assertThat(Api.as(username, password).get("/me").json().getString("fullName"))
        .isEqualTo(fullName);
  }

  @Test
  void aWrongPasswordSaysSoAndStaysOnTheLoginPage() {
    String username = Api.unique("web");
    Api.registerPatient(username, Api.strongPassword());

    browser.signIn(username, "Not-the-password-1");

    browser.waitForText("login:messages", "Wrong username or password");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    assertThat(browser.exists("menu-home")).isFalse();
  }

  @Test
  void aProtectedPageAsksForASignInFirstAndThenOpens() {
    String username = Api.unique("web");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);

    browser.open("/account/profile.xhtml");
    browser.waitForPath("/login.xhtml");
    browser.type("login:username", username);
    browser.type("login:password", password);
    browser.click("login:submit");

    browser.waitForPath("/account/profile.xhtml");
    assertThat(browser.exists("menu-profile")).isTrue();
    // The page itself, with this account's details (an error page keeps the address and menu).
    assertThat(browser.byId("profile:fullName").getAttribute("value"))
        .isEqualTo("Test " + username);
    assertThat(browser.byId("profile:email").getAttribute("value"))
        .isEqualTo(username + "@example.org");
  }
}
