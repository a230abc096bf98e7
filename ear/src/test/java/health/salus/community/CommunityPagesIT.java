package health.salus.community;

import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: posts and comments written with a corpus of XSS payloads render without running
 * any script (a hooked window.alert is never called) and without a javascript: link; the moderation
 * journey (alice posts, bob flags, mod.lee hides with a reason from the queue, alice sees the
 * reason); a member reports a comment from the post's page with the same reasons, in English and
 * Chinese; the moderator's home counts what waits; a phone number in a post asks the author to
 * confirm it, and a post that suggests a crisis leads its author to the support contacts; a
 * moderator lets a newcomer into a private group from the group's page. axe-core checks each page
 * arrived at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
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

  /**
   * Replaces window.alert, confirm and prompt in every document from now on by functions that count
   * their calls in window.__alerted; answers the id of the script, for {@link #unhookAlerts}.
   */
  private String hookAlerts() {
    return (String)
        ((ChromeDriver) browser.driver())
            .executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                    "source",
                    "window.__hooked = true;"
                        + " for (const f of ['alert', 'confirm', 'prompt']) {"
                        + " window[f] = function () { window.__alerted = (window.__alerted || 0) + 1; };"
                        + " }"))
            .get("identifier");
  }

  private void unhookAlerts(String hook) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook));
  }

  private void assertNoScriptRan() {
    assertThat(js().executeScript("return window.__hooked === true"))
        .as("window.alert is hooked on this page")
        .isEqualTo(true);
    assertThat(js().executeScript("return typeof window.__xss"))
        .as("window.__xss")
        .isEqualTo("undefined");
    assertThat(js().executeScript("return window.__alerted || 0"))
        .as("calls of the hooked window.alert, confirm or prompt")
        .isEqualTo(0L);
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
    for (String payload : PAYLOADS) {
      comment(Api.demo("bob"), last, "Said " + payload + " done");
    }
    String hook = hookAlerts();
    try {
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
      assertThat(browser.driver().findElements(By.cssSelector("#comments .comment")))
          .as("every comment with a payload is shown")
          .hasSizeGreaterThanOrEqualTo(PAYLOADS.size());
      assertNoScriptRan();
    } finally {
      unhookAlerts(hook);
    }
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

  private static long comment(Api who, long postId, String body) {
    Api.Response made =
        who.post(
            "/posts/" + postId + "/comments", Json.createObjectBuilder().add("body", body).build());
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return id(made.json());
  }

  /** Opens the comment's report control and checks the page, the form shown, with axe-core. */
  private WebElement openReport(long commentId, String summary) {
    WebElement control = browser.byId("comment-" + commentId).findElement(By.tagName("details"));
    WebElement toggle = control.findElement(By.tagName("summary"));
    assertThat(toggle.getText()).isEqualTo(summary);
    toggle.click();
    assertThat(control.getDomProperty("open")).isEqualTo("true");
    Axe.assertAccessible(browser.driver(), "post page, a comment's report open");
    return control;
  }

  @Test
  void aMemberReportsBobsCommentFromThePostPageWithTheReasonsOfPosts() {
    long group = firstGroup();
    long postId =
        id(write(Api.demo("alice"), group, Api.unique("Night-time hypos"), "What helps at night?"));
    long bobs = comment(Api.demo("bob"), postId, "Sugar-free lollies fix everything, honestly.");
    // A member of their own, so that the language switch changes no demo account's profile.
    Credentials member = Api.newPatient("report");
    Api api = Api.as(member.username(), member.password());
    assertThat(api.post("/groups/" + group + "/join").status()).isEqualTo(200);
    long own = comment(api, postId, "I keep jelly beans by the bed.");
    String note = Api.unique("not true");

    browser.signIn(member.username(), member.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/community/post.xhtml?id=" + postId);
    assertThat(browser.byId("comment-" + own).findElements(By.tagName("details")))
        .as("no report control under one's own comment")
        .isEmpty();
    browser.switchLanguage();
    openReport(bobs, "举报这条评论");
    browser.switchLanguage();
    WebElement control = openReport(bobs, "Report this comment");
    Select reason = new Select(control.findElement(By.cssSelector("select[id$='reason']")));
    List<String> reasons = reason.getOptions().stream().map(WebElement::getText).toList();
    List<String> postReasons =
        new Select(browser.byId("flag:reason"))
            .getOptions().stream().map(WebElement::getText).toList();
    assertThat(reasons).hasSize(5).isEqualTo(postReasons);
    reason.selectByValue("MISINFORMATION");
    control.findElement(By.cssSelector("input[id$='comment']")).sendKeys(note);
    control.findElement(By.cssSelector("button[id$='send']")).click();
    confirmed("A moderator will look at it.");

    JsonObject queued =
        Api.demo("mod.lee")
            .get("/moderation/queue")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getString("kind").equals("COMMENT"))
            .filter(i -> i.getJsonNumber("commentId").longValue() == bobs)
            .findFirst()
            .orElseThrow(() -> new AssertionError("bob's comment is not in the queue"));
    assertThat(queued.getJsonArray("reasons").toString()).contains("FLAG:MISINFORMATION: " + note);

    openReport(bobs, "Report this comment")
        .findElement(By.cssSelector("button[id$='send']"))
        .click();
    confirmed("You have flagged this comment already.");
  }

  @Test
  void theGroupPageShowsTheMostHelpfulFirstAndLeadsASearchOnPastTheNewestPosts() {
    long group =
        id(
            GroupSetupApiIT.created(
                Api.demo("desk.jones"), GroupSetupApiIT.group(Api.unique("Far back"), "OPEN")));
    Credentials author = Api.newPatient("far");
    assertThat(
            Api.as(author.username(), author.password())
                .post("/groups/" + group + "/join")
                .status())
        .isEqualTo(200);
    String needle = Api.unique("rhubarb").replaceAll("[^A-Za-z0-9]", "");
    String posts = "/test/community-posts/" + group + "/" + author.username();
    Deployments.callTestResource("POST", posts + "/1?title=" + needle);
    Deployments.callTestResource("POST", posts + "/1000?title=Filler");
    List<JsonObject> newest = Community.feed(Api.demo("bob"), group);
    JsonObject older = newest.get(newest.size() - 1);
    Api reader = Community.member(group);
    assertThat(
            reader
                .post(
                    "/posts/" + id(older) + "/reactions",
                    Json.createObjectBuilder().add("kind", "HELPFUL").build())
                .status())
        .isEqualTo(201);

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/community/group.xhtml?id=" + group);
    assertThat(browser.byId("order-newest").getDomAttribute("aria-current")).isEqualTo("page");
    browser.click("order-helpful");
    browser.waitForPath("sort=helpful");
    assertThat(browser.byId("order-helpful").getDomAttribute("aria-current")).isEqualTo("page");
    assertThat(browser.text("feed-heading")).isEqualTo("Most helpful posts");
    assertThat(browser.driver().findElements(By.cssSelector("#feed .feed-item")).get(0).getText())
        .as("the one marked helpful first, though older")
        .contains(older.getString("title"));
    browser.click("older");
    browser.waitForPath("after=");
    assertThat(browser.currentPath()).contains("sort=helpful");
    assertThat(browser.text("feed-heading")).isEqualTo("Most helpful posts");

    browser.type("search-q", needle);
    browser.click("search-send");
    browser.waitForPath("q=");
    assertThat(browser.text("search-further")).contains(needle).contains("Older posts");
    assertThat(browser.exists("search-none")).isFalse();
    browser.click("older");
    browser.waitForPath("after=");
    assertThat(browser.driver().findElements(By.linkText(needle + " 1"))).hasSize(1);
    assertThat(browser.exists("older")).as("the oldest post was read").isFalse();
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
