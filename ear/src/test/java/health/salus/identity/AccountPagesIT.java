package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the browser, with accounts of their own: the profile page refuses to overwrite a change made
 * meanwhile, the password page changes the password, and disabling an account ends its session.
 */
class AccountPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private final String username = Api.unique("acct");
  private final String password = Api.strongPassword();
  private long accountId;

  private void signedIn() {
    accountId = Api.registerPatient(username, password).getJsonNumber("id").longValue();
    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");
  }

  @Test
  void theProfilePageRefusesToOverwriteAChangeMadeMeanwhile() {
    signedIn();
    browser.click("menu-profile");
    browser.waitForPath("/account/profile.xhtml");
    // Meanwhile, elsewhere (another device, through the API): the phone number changes.
    Api api = Api.as(username, password);
    JsonObject seen = api.get("/me/profile").json();
    JsonObject elsewhere =
        Json.createObjectBuilder()
            .add(
                "details",
                Api.with(seen.getJsonObject("details"), "phone", Api.text("0411 000 111")))
            .add("version", seen.getJsonNumber("version").longValue())
            .build();
    assertThat(api.put("/me/profile", elsewhere).status()).isEqualTo(200);

    browser.type("profile:phone", "0422 333 444");
    browser.click("profile:save");

    browser.waitForGrowl("Your profile was changed elsewhere in the meantime.");
    assertThat(api.get("/me/profile").json().getJsonObject("details").getString("phone"))
        .isEqualTo("0411 000 111");

    // Reloaded, the page shows the latest details and saves from them.
    browser.open("/account/profile.xhtml");
    assertThat(browser.byId("profile:phone").getAttribute("value")).isEqualTo("0411 000 111");
    browser.type("profile:phone", "0422 333 444");
    browser.click("profile:save");
    browser.waitForGrowl("Your profile has been saved.");
    assertThat(api.get("/me/profile").json().getJsonObject("details").getString("phone"))
        .isEqualTo("0422 333 444");
  }

  @Test
  void thePasswordPageChangesThePasswordAndOnlyTheNewOneWorks() {
    signedIn();
    String newPassword = Api.strongPassword();
    browser.click("menu-profile");
    browser.waitForPath("/account/profile.xhtml");

    browser.type("password:current", password);
    browser.type("password:newPassword", newPassword);
    browser.type("password:confirm", newPassword);
    browser.click("password:change");

    browser.waitForGrowl("Your password has been changed.");
    assertThat(Api.as(username, newPassword).get("/me").status()).isEqualTo(200);
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(401);

    browser.clickButton("Sign out");
    browser.waitForPath("/login.xhtml");
    browser.signIn(username, password);
    browser.waitForText("login:messages", "Wrong username or password");
    browser.signIn(username, newPassword);
    browser.waitForPath("/home.xhtml");
  }

  @Test
  void thePasswordPageRefusesAWrongCurrentPassword() {
    signedIn();
    browser.click("menu-profile");
    browser.waitForPath("/account/profile.xhtml");
    String newPassword = Api.strongPassword();

    browser.type("password:current", "Not-the-password-1");
    browser.type("password:newPassword", newPassword);
    browser.type("password:confirm", newPassword);
    browser.click("password:change");

    browser.waitForText("password", "Your current password is not correct.");
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
    assertThat(Api.as(username, newPassword).get("/me").status()).isEqualTo(401);
  }

  @Test
  void disablingAnAccountEndsItsPageSessionAtTheNextRequest() {
    signedIn();
    browser.click("menu-profile");
    browser.waitForPath("/account/profile.xhtml");

    var disabled = Api.admin().post("/admin/accounts/" + accountId + "/disable");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);

    browser.open("/home.xhtml");
    browser.waitForPath("/login.xhtml");
    assertThat(browser.exists("menu-home")).isFalse();
    browser.open("/account/profile.xhtml");
    browser.waitForPath("/login.xhtml");
    assertThat(browser.exists("profile:fullName")).isFalse();
  }
}
