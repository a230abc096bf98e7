package health.salus.community;

import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: the front desk sets up a support group from the menu (a missing name is shown on
 * its field), names a nurse its moderator and changes it; a member searches a group's posts from
 * the group's page; a trusted member named a group's moderator reaches the review queue from the
 * group's page and approves a newcomer's post there, and their group's appeals. axe-core checks
 * each page arrived at.
 */
class GroupSetupPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void theFrontDeskSetsUpAGroupNamesItsModeratorAndChangesIt() {
    String name = Api.unique("Living with COPD");

    browser.signIn("desk.jones", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-group-setup");
    browser.waitForPath("/community/setup.xhtml");
    assertThat(browser.text("setup-groups")).contains("Living with diabetes");
    browser.type("details:topic", "COPD");
    browser.click("details:save");
    browser.waitForText("details", "Please write something here.");

    browser.type("details:name", name);
    browser.type("details:description", "For people who live with COPD and their families.");
    browser.type("details:rules", "Be kind. Ask your care team before changing treatment.");
    new Select(browser.byId("details:visibility")).selectByValue("PRIVATE");
    browser.click("details:save");
    browser.waitForGrowl("The group is ready.");
    browser.waitForPath("id=");
    assertThat(browser.text("moderators-empty")).contains("no moderators of its own");

    browser.type("moderator:username", "nurse.brown");
    browser.click("moderator:name");
    browser.waitForGrowl("They now look after this group.");
    assertThat(browser.text("moderator-nurse.brown")).contains("nurse.brown").contains("staff");

    browser.byId("details:description").clear();
    browser.type("details:description", "Breathing well, together.");
    browser.click("details:save");
    browser.waitForGrowl("Your changes are saved.");
    assertThat(browser.byId("details:description").getDomProperty("value"))
        .isEqualTo("Breathing well, together.");

    browser.open("/community/groups.xhtml");
    assertThat(browser.driver().findElements(By.xpath("//*[contains(text(),'" + name + "')]")))
        .isNotEmpty();
  }

  @Test
  void aMemberSearchesTheGroupsPosts() {
    long group = firstGroup();
    String word = Api.unique("parsnip").replaceAll("[^A-Za-z0-9]", "");
    long post = id(write(Api.demo("alice"), group, "Roast " + word, "With rosemary."));

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/group.xhtml?id=" + group);
    browser.type("search-q", word);
    browser.click("search-send");
    browser.waitForPath("q=");

    assertThat(browser.driver().findElements(By.cssSelector("#feed .feed-item"))).hasSize(1);
    assertThat(browser.exists("post-" + post)).isTrue();
    assertThat(browser.text("feed-heading")).contains(word);
    browser.type("search-q", "nothing-" + word);
    browser.click("search-send");
    browser.waitForText("search-none", "No posts mention");
    browser.click("search-clear");
    browser.waitForText("feed-heading", "Posts, newest first");
  }

  @Test
  void aTrustedMemberNamedModeratorApprovesANewcomersPostFromTheGroupPage() {
    Api desk = Api.demo("desk.jones");
    String name = Api.unique("Carers of people with MS");
    long group = id(GroupSetupApiIT.created(desk, GroupSetupApiIT.group(name, "OPEN")));
    Credentials trusted = Api.newPatient("trusted");
    Api member = Api.as(trusted.username(), trusted.password());
    assertThat(member.post("/groups/" + group + "/join").status()).isEqualTo(200);
    for (int i = 0; i < 2; i++) {
      long held = id(write(member, group, Api.unique("Early " + i), "Early post " + i));
      assertThat(
              Api.demo("mod.lee")
                  .post("/moderation/posts/" + held + "/approve", Community.reason("Fine"))
                  .status())
          .isEqualTo(200);
    }
    assertThat(desk.put("/groups/" + group + "/moderators/" + trusted.username()).status())
        .isEqualTo(200);
    Api newcomer = Community.member(group);
    long waiting = id(write(newcomer, group, Api.unique("Hello all"), "My wife was diagnosed."));

    browser.signIn(trusted.username(), trusted.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/community/group.xhtml?id=" + group);
    browser.click("group-queue");
    browser.waitForPath("/moderation/queue.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector(".queue-item h2")))
        .as("only the items of the groups they moderate")
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.getText()).contains(name));
    assertThat(browser.exists("log-link")).as("the log is for moderators and admins").isFalse();
    WebElement item = browser.byId("queued-p" + waiting);
    item.findElement(By.cssSelector("input[id$='reason']")).sendKeys("Welcome to the group.");
    item.findElement(By.cssSelector("button[id$='approve']")).click();
    browser.waitForGrowl("Approved; the author was told.");
    assertThat(browser.exists("queued-p" + waiting)).isFalse();
    assertThat(Community.inFeed(Api.demo("bob"), group, waiting)).isTrue();
    browser.open("/community/group.xhtml?id=" + group);
    browser.click("group-appeals");
    browser.waitForPath("/moderation/appeals.xhtml");
    assertThat(browser.exists("appeals-empty")).as("no appeal about their group yet").isTrue();

    browser.driver().manage().deleteAllCookies();
    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    // One who moderates no group is refused the queue and the appeals.
    browser.openExpectingError("/moderation/queue.xhtml", "forbidden");
    browser.openExpectingError("/moderation/appeals.xhtml", "forbidden");
  }
}
