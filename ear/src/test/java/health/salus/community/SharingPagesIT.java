package health.salus.community;

import static health.salus.community.Sharing.ask;
import static health.salus.community.Sharing.feed;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: a patient accepts a request on "My connections", then on "Health updates" shares
 * one update with the chooser left at "Only me" and one with their connections; only the second
 * reaches the connection. axe-core checks each page arrived at.
 */
class SharingPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aPatientAcceptsARequestAndSharesPrivatelyByDefault() {
    Credentials me = Api.newPatient("shp");
    Sharing.Person friend = Sharing.person();
    Sharing.Person meViaApi =
        new Sharing.Person(me.username(), Api.as(me.username(), me.password()));
    assertThat(ask(friend, meViaApi).status()).isEqualTo(201);

    browser.signIn(me.username(), me.password());
    browser.waitForPath("/home.xhtml");
    browser.click("menu-connections");
    browser.waitForPath("/community/connections.xhtml");
    assertThat(browser.text("waiting-" + friend.username())).contains(friend.username());
    browser
        .byId("waiting-" + friend.username())
        .findElement(By.cssSelector("button[id$='accept']"))
        .click();
    browser.waitForGrowl("You are now connected.");
    assertThat(browser.text("connection-" + friend.username())).contains("Connected since");

    browser.click("menu-health-updates");
    browser.waitForPath("/community/health-updates.xhtml");
    Select audience = new Select(browser.byId("share:audience"));
    assertThat(audience.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("ONLY_ME");
    String secret = Api.unique("Private note");
    browser.type("share:text", secret);
    browser.click("share:send");
    browser.waitForGrowl("Your update is saved.");
    assertThat(browser.text("updates")).contains(secret).contains("Only me");

    String shared = Api.unique("Walked twice today");
    browser.type("share:text", "**" + shared + "**");
    new Select(browser.byId("share:audience")).selectByValue("CONNECTIONS");
    new Select(browser.byId("share:wellbeing")).selectByValue("4");
    browser.click("share:send");
    browser.waitForText("updates", shared);
    assertThat(browser.driver().findElement(By.cssSelector("#updates .post-body strong")).getText())
        .isEqualTo(shared);

    List<Long> friendSees = feed(friend);
    List<String> texts =
        friend.api().get("/status-updates").json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("text"))
            .toList();
    assertThat(friendSees).hasSize(1);
    assertThat(texts).containsExactly("**" + shared + "**");
  }
}
