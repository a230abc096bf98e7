package health.salus.community;

import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.inFeed;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: alice changes her post from its page (the post marked as changed, the old text on
 * its edit history page) and deletes it; bob is offered neither on her post, sees that it was
 * changed but no link to its edit history, and gets the not-found page if he asks for it; alice
 * pages through the history, sanitised; a moderator reaches the history of a changed held post from
 * the review queue. axe-core checks each page arrived at.
 */
class PostEditPagesIT {

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
  void aliceChangesAndDeletesHerPostFromItsPage() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    long postId = id(write(alice, group, Api.unique("Walking group"), "Meet at nine."));
    String title = Api.unique("Walking group, new time");

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    assertThat(browser.exists("edit-post")).isFalse();
    browser.driver().manage().deleteAllCookies();

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    assertThat(browser.exists("post-edited")).isFalse();
    browser.type("edit:title", " ");
    browser.click("edit:save");
    browser.waitForText("edit", "Please write something here.");
    browser.type("edit:title", title);
    browser.type("edit:body", "Meet at **ten** now.");
    browser.click("edit:save");
    confirmed("Your post is changed.");
    assertThat(browser.text("post-title")).isEqualTo(title);
    assertThat(browser.text("post-body")).isEqualTo("Meet at ten now.");
    assertThat(browser.text("post-edited")).startsWith("changed");
    assertThat(alice.get("/posts/" + postId).json().getJsonObject("post").getString("title"))
        .isEqualTo(title);

    browser.click("post-history");
    browser.waitForPath("/community/post-history.xhtml");
    assertThat(browser.text("history-title")).contains(title);
    assertThat(browser.driver().findElements(By.cssSelector("#versions .version"))).hasSize(1);
    assertThat(browser.text("version-1")).contains("Meet at nine.").contains("Walking group");
    browser.click("history-post");
    browser.waitForPath("/community/post.xhtml");

    browser.click("delete:remove");
    confirmed("Your post is deleted.");
    browser.waitForPath("/community/group.xhtml");
    assertThat(inFeed(alice, group, postId)).isFalse();
    assertThat(alice.get("/posts/" + postId).status()).isEqualTo(404);
  }

  @Test
  void onlyTheAuthorPagesThroughAPostsHistoryRenderedSafely() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    long postId = id(write(alice, group, Api.unique("Diary"), "Day one: *tired*."));
    for (int day = 2; day <= 12; day++) {
      String body =
          day == 2
              ? "Day two <img src=x onerror=\"window.__xss=1\"> [x](javascript:window.__xss=2)"
              : "Day " + day + ".";
      assertThat(alice.put("/posts/" + postId, Community.post("Diary " + day, body)).status())
          .isEqualTo(200);
    }

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    assertThat(browser.text("post-edited")).startsWith("changed");
    assertThat(browser.exists("post-history")).as("no link for another member").isFalse();
    browser.openExpectingError("/community/post-history.xhtml?id=" + postId, "notFound");
    browser.driver().manage().deleteAllCookies();

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    assertThat(browser.text("post-edited")).startsWith("changed");
    browser.click("post-history");
    browser.waitForPath("/community/post-history.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector("#versions .version")))
        .as("a page of ten, newest first")
        .hasSize(10);
    assertThat(browser.text("version-11")).contains("Diary 11").contains("Day 11.");
    assertThat(browser.exists("history-newer")).isFalse();
    browser.click("history-older");
    browser.waitForPath("page=1");
    assertThat(browser.driver().findElements(By.cssSelector("#versions .version"))).hasSize(1);
    WebElement first = browser.byId("version-1");
    assertThat(first.getText()).contains("Day one: tired.");
    assertThat(first.findElement(By.tagName("em")).getText()).isEqualTo("tired");
    browser.click("history-newer");
    browser.waitForPath("page=0");
    WebElement second = browser.byId("version-2");
    assertThat(second.getText()).contains("Day two");
    WebElement secondBody = second.findElement(By.cssSelector(".post-body"));
    assertThat(secondBody.findElements(By.cssSelector("img, script, [onerror], a[href]")))
        .isEmpty();
    assertThat(secondBody.getAttribute("innerHTML")).doesNotContain("javascript:");
    assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss"))
        .isNull();
  }

  @Test
  void aModeratorOpensTheHistoryOfAChangedHeldPostFromTheQueue() {
    long group = firstGroup();
    Api newcomer = Community.member(group);
    long postId = id(write(newcomer, group, Api.unique("First post"), "Who wants my old meter?"));
    assertThat(
            newcomer
                .put("/posts/" + postId, Community.post("First post", "Giving my old meter away."))
                .status())
        .isEqualTo(200);

    browser.signIn("mod.lee", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/moderation/queue.xhtml");
    browser.click("queued-p" + postId + "-history");
    browser.waitForPath("/community/post-history.xhtml");
    assertThat(browser.text("version-1")).contains("Who wants my old meter?");
  }
}
