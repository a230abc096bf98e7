package health.salus.community;

import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: posts written with a corpus of XSS payloads render without running any script and
 * without a javascript: link; the moderation journey (alice posts, bob flags, mod.lee hides with a
 * reason from the queue, alice sees the reason); the moderator's home counts what waits; a phone
 * number in a post asks the author to confirm it, and a post that suggests a crisis leads its
 * author to the support contacts; a moderator lets a newcomer into a private group from the group's
 * page. axe-core checks each page arrived at.
 */
class CommunityPagesIT {

  /** Each payload sets window.__xss (or opens an alert) if any of it ever runs. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>window.__xss=1</script>",
          "<img src=x onerror=\"window.__xss=1\">",
          "<svg onload=\"window.__xss=1\"></svg>",
          "[click me](javascript:window.__xss=1)",
          "[click me](JaVaScRiPt:window.__xss=1)",
          "[click me](  javascript:window.__xss=1)",
          "<a href=\"javascript:window.__xss=1\">link</a>",
          "<a href=\"&#106;avascript:window.__xss=1\">entity link</a>",
          "<a href=\"jav&#x09;ascript:window.__xss=1\">tab link</a>",
          "<iframe src=\"javascript:window.__xss=1\"></iframe>",
          "<details open ontoggle=\"window.__xss=1\">x</details>",
          "<input autofocus onfocus=\"window.__xss=1\">",
          "![x](x\" onerror=\"window.__xss=1)",
          "<scr<script>ipt>window.__xss=1</script>",
          "<div style=\"background:url(javascript:window.__xss=1)\">styled</div>",
          "<object data=\"javascript:window.__xss=1\"></object>",
          "<body onload=\"window.__xss=1\">",
          "<math><mi xlink:href=\"javascript:window.__xss=1\">m</mi></math>",
          "<svg><script>window.__xss=1</script></svg>",
          "<a href=\"data:text/html,<script>window.__xss=1</script>\">data</a>",
          "<form action=\"javascript:window.__xss=1\"><button>go</button></form>",
          "\"><script>alert(1)</script>",
          "<img src=1 onerror=alert(1)>");

  @RegisterExtension final Browser browser = new Browser();

  /** Waits for a confirmation, in the growl or in the page's messages (light pages). */
  private void confirmed(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-growl-message, #page-messages")).stream()
                    .anyMatch(m -> m.getText().contains(text)));
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser.driver();
  }

  private void assertNoScriptRan() {
    assertThat(js().executeScript("return typeof window.__xss"))
        .as("window.__xss")
        .isEqualTo("undefined");
    List<WebElement> links = browser.driver().findElements(By.cssSelector(".post-body a[href]"));
    for (WebElement link : links) {
      String href = link.getDomAttribute("href").strip().toLowerCase(Locale.ROOT);
      assertThat(href)
          .as("a link in a post")
          .doesNotStartWith("javascript:")
          .doesNotStartWith("data:");
    }
    assertThat(
            browser
                .driver()
                .findElements(
                    By.cssSelector(
                        ".post-body script, .post-body iframe,"
                            + " .post-body object, .post-body [onerror], .post-body [onload], .post-body [onfocus],"
                            + " .post-body [ontoggle], .post-body img, .post-body form")))
        .isEmpty();
  }

  @Test
  void postsWithXssPayloadsRenderWithoutRunningScript() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    long last = 0;
    for (String payload : PAYLOADS) {
      last =
          id(
              write(
                  alice,
                  group,
                  payload.length() > 60 ? payload.substring(0, 60) : payload,
                  "Before " + payload + " after"));
    }
    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");

    browser.open("/community/group.xhtml?id=" + group);
    assertThat(browser.driver().findElements(By.cssSelector("#feed .feed-item")).size())
        .isEqualTo(20);
    assertNoScriptRan();
    browser.click("older");
    browser.waitForPath("after=");
    assertNoScriptRan();
    browser.open("/community/post.xhtml?id=" + last);
    assertThat(browser.text("post-body")).contains("Before").contains("after");
    assertNoScriptRan();
  }

  @Test
  void aliceSeesWhyTheModeratorHidHerFlaggedPost() {
    String title = Api.unique("Herbal tea instead of insulin");
    String why = "Please do not suggest stopping insulin. " + Api.unique("r");

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-community");
    browser.waitForPath("/community/groups.xhtml");
    browser.open("/community/group.xhtml?id=" + firstGroup());
    browser.type("post:title", title);
    browser.type("post:body", "I stopped my insulin and drink *herbal tea* now.");
    browser.click("post:send");
    confirmed("Your post is in the group.");
    WebElement link = browser.driver().findElement(By.linkText(title));
    String postPath = link.getDomAttribute("href");
    long postId = Long.parseLong(postPath.replaceAll(".*id=", ""));
    browser.driver().manage().deleteAllCookies();

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    new Select(browser.byId("flag:reason")).selectByValue("MISINFORMATION");
    browser.type("flag:comment", "Dangerous advice");
    browser.click("flag:send");
    confirmed("A moderator will look at it.");
    browser.driver().manage().deleteAllCookies();

    browser.signIn("mod.lee", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.text("worklist-MODERATOR")).containsPattern("wait(s)? for review");
    browser.click("menu-moderation-queue");
    browser.waitForPath("/moderation/queue.xhtml");
    WebElement item = browser.byId("queued-p" + postId);
    assertThat(item.getText()).contains("FLAG:MISINFORMATION: Dangerous advice");
    item.findElement(By.cssSelector("input[id$='reason']")).sendKeys(why);
    item.findElement(By.cssSelector("button[id$='hide']")).click();
    confirmed("Hidden; the author was told.");
    assertThat(browser.exists("queued-p" + postId)).isFalse();
    browser.click("menu-moderation-log");
    browser.waitForPath("/moderation/log.xhtml");
    assertThat(browser.text("log:entries")).contains(why).contains("mod.lee");
    browser.driver().manage().deleteAllCookies();

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    assertThat(browser.text("post-status")).isEqualTo("Hidden by a moderator");
    assertThat(browser.text("moderation-note")).contains(why);
  }

  @Test
  void bobIsWarnedOfAPhoneNumberAndAPostThatSuggestsACrisisLeadsToSupportContacts() {
    String title = Api.unique("Lift to the clinic");

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/group.xhtml?id=" + firstGroup());
    assertThat(browser.exists("post:confirmPersonalDetails")).isFalse();
    browser.type("post:title", title);
    browser.type("post:body", "Anyone going on Tuesday? Text me on 0412 345 678.");
    browser.click("post:send");
    browser.waitForText("post", "phone number");
    assertThat(browser.driver().findElements(By.linkText(title))).as("not posted yet").isEmpty();
    browser.click("post:confirmPersonalDetails");
    browser.click("post:send");
    confirmed("Your post is in the group.");
    assertThat(browser.driver().findElements(By.linkText(title))).hasSize(1);

    browser.type("post:title", Api.unique("Tired"));
    browser.type("post:body", "I am so tired of everything, I want to die.");
    browser.click("post:send");
    browser.waitForPath("/community/support.xhtml");
    assertThat(browser.text("support-held")).contains("moderator");
    assertThat(browser.text("call-000")).contains("000");
    assertThat(browser.text("support-contacts")).contains("13 11 14");
  }

  @Test
  void modLeeLetsAWaitingNewcomerIntoThePrivateGroupFromItsPage() {
    long group = Community.privateGroup();
    Credentials patient = Api.newPatient("wait");
    Api newcomer = Api.as(patient.username(), patient.password());
    assertThat(newcomer.post("/groups/" + group + "/join").status()).isEqualTo(202);
    long accountId = newcomer.get("/me").json().getJsonNumber("id").longValue();

    browser.signIn("mod.lee", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/group.xhtml?id=" + group);
    assertThat(browser.text("requests-heading")).isEqualTo("Waiting to join");
    assertThat(browser.text("request-" + accountId)).contains(patient.username());
    browser.byId("request-" + accountId).findElement(By.cssSelector("button[id$='admit']")).click();
    confirmed("They are a member now and have been told.");
    assertThat(browser.exists("request-" + accountId)).isFalse();
    assertThat(newcomer.get("/groups/" + group + "/posts").status()).isEqualTo(200);
  }
}
