package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser, as the administrator, on accounts this test makes: the accounts page finds an
 * account, creates a staff account and changes roles; the audit page finds what an account did.
 */
class AdministrationPagesIT {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @RegisterExtension final Browser browser = new Browser();

  private void openAccountsAsAdmin() {
    browser.signIn("admin", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-admin-users");
    browser.waitForPath("/admin/users.xhtml");
  }

  /** Searches for one username and waits until the table lists that account alone. */
  private void search(String username) {
    browser.type("search:text", username);
    browser.click("search:submit");
    // The first page may list the account before the search (the newest come first): wait for
    // the table that the search put in its place.
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#accounts\\:users .username")).stream()
                    .map(WebElement::getText)
                    .toList()
                    .equals(List.of(username)));
  }

  @Test
  void theAccountsPageFindsAnAccountAndChangesItsRoles() {
    String username = Api.unique("staffer");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    openAccountsAsAdmin();

    search(username);

    assertThat(browser.text("accounts:users")).contains("Test " + username, "Patient");

    browser.click("accounts:users:0:roles");
    browser.waitForText("roles-current", "Patient");
    new Select(browser.byId("roles:role")).selectByValue("EDUCATOR");
    browser.click("roles:grant");

    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Api.as(username, password)
                    .get("/me")
                    .json()
                    .getJsonArray("roles")
                    .toString()
                    .contains("EDUCATOR"));
    browser.waitForText("accounts:users", "Health educator");
  }

  @Test
  void theAccountsPageCreatesAStaffAccountThatCanSignIn() {
    String username = Api.unique("desk");
    String password = Api.strongPassword();
    openAccountsAsAdmin();

    browser.click("search:newAccount");
    browser.type("newAccount:username", username);
    browser.type("newAccount:fullName", "Staff " + username);
    browser.type("newAccount:email", username + "@example.org");
    browser.type("newAccount:password", password);
    browser.click("newAccount:roles");
    new WebDriverWait(browser.driver(), WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[@id='newAccount:roles_panel']//li[.//label[normalize-space(.)='Staff']]"
                        + "//div[contains(@class,'ui-chkbox-box')]")))
        .click();
    browser.click("newAccount:create");

    browser.waitForPath("/admin/users.xhtml");
    JsonObject me =
        new WebDriverWait(browser.driver(), WAIT)
            .ignoring(WebDriverException.class)
            .until(
                d -> {
                  var answer = Api.as(username, password).get("/me");
                  return answer.status() == 200 ? answer.json() : null;
                });
    assertThat(me.getString("fullName")).isEqualTo("Staff " + username);
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("STAFF");
    assertThat(me.getJsonArray("roles")).hasSize(1);
    search(username);
    assertThat(browser.text("accounts:users")).contains("Staff " + username, "Staff");
  }

  @Test
  void theAuditPageFindsWhatAnAccountDid() {
    String username = Api.unique("audited");
    Api.registerPatient(username, Api.strongPassword());
    Api.as(username, "Not-the-password-1").get("/me");
    browser.signIn("admin", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-admin-audit");
    browser.waitForPath("/admin/audit.xhtml");

    browser.type("filters:actor", username);
    new Select(browser.byId("filters:outcome")).selectByValue("FAILURE");
    browser.click("filters:search");

    // The unfiltered trail shows first: wait for the table the search put in its place.
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#trail\\:entries .audit-action")).stream()
                    .map(WebElement::getText)
                    .toList()
                    .equals(List.of("API_LOGIN")));
    assertThat(browser.text("trail:entries")).contains(username).doesNotContain("REGISTER");
  }
}
