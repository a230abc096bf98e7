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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: alice changes her post from its page (the old text kept for the moderators, the
 * post marked as changed) and deletes it; bob is offered neither on her post. axe-core checks each
 * page arrived at.
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

    browser.click("delete:remove");
    confirmed("Your post is deleted.");
    browser.waitForPath("/community/group.xhtml");
    assertThat(inFeed(alice, group, postId)).isFalse();
    assertThat(alice.get("/posts/" + postId).status()).isEqualTo(404);
  }
}
