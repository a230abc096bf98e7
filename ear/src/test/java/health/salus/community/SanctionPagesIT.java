package health.salus.community;

import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.reason;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: mod.lee silences a member from the member sanctions page; the member reads on "My
 * moderation" why their post was hidden and appeals; mod.lee upholds it from the appeals page and
 * the post is back; the log is searched; the administrator adds and removes a watched word.
 * axe-core checks each page arrived at.
 */
class SanctionPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private void confirmed(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-growl-message, #page-messages")).stream()
                    .anyMatch(m -> m.getText().contains(text)));
  }

  private void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void aModeratorSilencesAMemberFromTheSanctionsPage() {
    long group = firstGroup();
    Credentials member = Api.newPatient("sp");
    Api api = Api.as(member.username(), member.password());
    assertThat(api.post("/groups/" + group + "/join").status()).isEqualTo(200);

    browser.signIn("mod.lee", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-moderation-sanctions");
    browser.waitForPath("/moderation/sanctions.xhtml");
    browser.type("member", member.username());
    browser.click("find-submit");
    browser.waitForPath("member=");
    assertThat(browser.text("sanctions-none")).isNotBlank();
    new Select(browser.byId("impose:kind")).selectByValue("silence");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('impose:until').value = arguments[0]",
            LocalDate.now().plusDays(7).toString());
    browser.type("impose:reason", "Please cool off for a week");
    browser.click("impose:submit");
    confirmed("the member was told");

    assertThat(browser.driver().findElement(By.cssSelector(".sanction")).getText())
        .contains("Please cool off for a week")
        .contains("In force");
    Api.Response refused =
        api.post("/groups/" + group + "/posts", Community.post("Hi", "Can I post?"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
  }

  @Test
  void theAdministratorAddsAndRemovesAWatchedWord() {
    String term = "sparkle" + System.nanoTime();
    browser.signIn("admin", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-admin-watched-words");
    browser.waitForPath("/moderation/watched-words.xhtml");
    browser.type("add:term", term);
    new Select(browser.byId("add:action")).selectByValue("FLAG");
    browser.click("add:submit");
    confirmed("The word was added");
    assertThat(browser.text("words:list")).contains(term);
    assertThat(Api.demo("mod.lee").get("/moderation/watched-words").jsonArray().toString())
        .contains(term);

    browser.driver().findElements(By.cssSelector("#words\\:list tr")).stream()
        .filter(row -> row.getText().contains(term))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("button"))
        .click();
    confirmed("The word was removed");
    assertThat(browser.text("words:list")).doesNotContain(term);
    browser.click("menu-admin-moderation-log");
    browser.waitForPath("/moderation/log.xhtml");
  }

  @Test
  void aMemberAppealsAHiddenPostAndAModeratorUpholdsIt() {
    long group = firstGroup();
    Credentials member = Api.newPatient("sp");
    Api api = Api.as(member.username(), member.password());
    assertThat(api.post("/groups/" + group + "/join").status()).isEqualTo(200);
    long post = id(write(api, group, "My new meter", "The meter my nurse showed me."));
    Credentials other = Api.newStaff("mod", "MODERATOR");
    assertThat(
            Api.as(other.username(), other.password())
                .post("/moderation/posts/" + post + "/hide", reason("Looks like an advert"))
                .status())
        .isEqualTo(200);
    long action =
        api.get("/me/moderation")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .get(0)
            .getJsonNumber("actionId")
            .longValue();

    browser.signIn(member.username(), member.password());
    browser.waitForPath("/home.xhtml");
    browser.click("menu-my-moderation");
    browser.waitForPath("/community/my-moderation.xhtml");
    WebElement acted = browser.byId("acted-" + action);
    assertThat(acted.getText()).contains("Looks like an advert").contains("My new meter");
    // Unique: the demo's own appeal (bob's) says "I am not selling anything." too, and the
    // moderator must decide this one.
    String statement = "I am not selling anything. " + Api.unique("s");
    acted.findElement(By.tagName("textarea")).sendKeys(statement);
    acted.findElement(By.cssSelector("button")).click();
    confirmed("Your appeal was sent");
    assertThat(browser.byId("acted-" + action).getText()).contains("Waiting for a moderator");
    signOut();

    browser.signIn("mod.lee", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-moderation-appeals");
    browser.waitForPath("/moderation/appeals.xhtml");
    WebElement appeal =
        browser.driver().findElements(By.cssSelector(".appeal")).stream()
            .filter(a -> a.getText().contains(statement))
            .findFirst()
            .orElseThrow();
    appeal.findElement(By.cssSelector("input[type=text]")).sendKeys("Fair enough, no shop named");
    appeal.findElements(By.cssSelector("button")).get(0).click();
    confirmed("Upheld");
    assertThat(Community.inFeed(Api.demo("alice"), group, post)).as("the post is back").isTrue();

    browser.open("/moderation/log.xhtml?member=" + member.username() + "&action=APPEAL_UPHELD");
    assertThat(browser.text("log:entries")).contains("Fair enough, no shop named");
    browser.open("/moderation/log.xhtml?action=SHRED");
    assertThat(browser.text("log:entries")).as("a bad search shows the whole log").isNotBlank();
    signOut();

    browser.signIn(member.username(), member.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/community/my-moderation.xhtml");
    assertThat(browser.byId("acted-" + action).getText())
        .contains("Upheld")
        .contains("Fair enough, no shop named");
  }

  @Test
  void aGroupsOwnModeratorSanctionsMembersOfTheirGroupOnlyFromThePage() {
    Api desk = Api.demo("desk.jones");
    String name = Api.unique("Living with COPD");
    long group = id(GroupSetupApiIT.created(desk, GroupSetupApiIT.group(name, "OPEN")));
    Credentials moderator = Api.newStaff("gm", "STAFF");
    assertThat(desk.put("/groups/" + group + "/moderators/" + moderator.username()).status())
        .isEqualTo(200);
    Credentials member = Api.newPatient("gmm");
    Api memberApi = Api.as(member.username(), member.password());
    assertThat(memberApi.post("/groups/" + group + "/join").status()).isEqualTo(200);
    Credentials outsider = Api.newPatient("gmo");
    assertThat(
            Api.as(outsider.username(), outsider.password())
                .post("/groups/" + firstGroup() + "/join")
                .status())
        .isEqualTo(200);

    browser.signIn(moderator.username(), moderator.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/community/group.xhtml?id=" + group);
    browser.click("group-sanctions");
    browser.waitForPath("/moderation/sanctions.xhtml");
    assertThat(browser.text("sanctions-scope")).isNotBlank();
    browser.type("member", member.username());
    browser.click("find-submit");
    browser.waitForPath("member=");
    Select groups = new Select(browser.byId("impose:groupId"));
    assertThat(groups.getOptions())
        .as("only the group they moderate, never all groups")
        .extracting(WebElement::getText)
        .containsExactly(name);
    new Select(browser.byId("impose:kind")).selectByValue("silence");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('impose:until').value = arguments[0]",
            LocalDate.now().plusDays(3).toString());
    browser.type("impose:reason", "Please keep to the topic");
    browser.click("impose:submit");
    confirmed("the member was told");
    assertThat(browser.driver().findElement(By.cssSelector(".sanction")).getText())
        .contains("Please keep to the topic")
        .contains(name);
    assertThat(memberApi.post("/groups/" + group + "/posts", Community.post("Hi", "Me?")).status())
        .as("silenced in the group")
        .isEqualTo(403);

    browser.type("member", outsider.username());
    browser.click("find-submit");
    browser.waitForPath("member=" + outsider.username());
    confirmed("only act on members of the groups you moderate");
    assertThat(browser.exists("impose")).as("no form for someone out of reach").isFalse();
    signOut();

    browser.signIn(outsider.username(), outsider.password());
    browser.waitForPath("/home.xhtml");
    browser.openExpectingError("/moderation/sanctions.xhtml", "forbidden");
  }
}
