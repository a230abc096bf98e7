package health.salus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: cm.smith opens a case for bob from the caseload, adds a goal and rates its
 * progress twice, a task for bob, an internal and a shared note and a referral; bob finds the case
 * under My care plan and sees the goal with its progress over time, his task and the shared note,
 * never the internal note or the referral; cm.smith closes the case with its outcome. axe-core
 * checks every page arrived at.
 */
class CaseworkPagesIT {

  private static final String GOAL = "Walk to the shops twice a week";
  private static final String TASK = "Bring your glucose diary to the clinic";
  private static final String INTERNAL = "Internal: check with dr.chen about his mood";
  private static final String SHARED = "Shared: great progress this week";

  @RegisterExtension final Browser browser = new Browser();

  private void signOut() {
    browser.click("signout-submit");
    browser.waitForPath("/");
    browser.driver().manage().deleteAllCookies();
  }

  private void rate(String rating, String comment) {
    new Select(browser.byId("rating:ratingValue")).selectByValue(rating);
    browser.type("rating:ratingComment", comment);
    browser.click("rating:rate-goal");
    browser.waitForText("goals", comment);
  }

  /** The goal's progress now and every rating before it, oldest first, with their comments. */
  private void assertProgressOverTime() {
    assertThat(browser.text("goals")).contains("6 / 10");
    List<String> ratings =
        browser.driver().findElements(By.cssSelector("#goals .goal-ratings li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(ratings).hasSize(2);
    assertThat(ratings.get(0)).contains("3 / 10").contains("Walked once this week");
    assertThat(ratings.get(1)).contains("6 / 10").contains("Walked twice this week");
  }

  @Test
  void aCaseManagerRunsACaseAndThePatientSeesTheSharedSide() {
    String summary = "Journey " + Api.unique("case");
    browser.signIn("cm.smith", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.text("worklist-CASE_MANAGER")).contains("Active cases");
    browser.click("menu-caseload");
    browser.waitForPath("/casework/caseload.xhtml");

    browser.type("open-case:patientName", "Nguyen-Harris");
    browser.click("open-case:find");
    browser.waitForText("open-case:patientId", "Bob Nguyen-Harris");
    new Select(browser.byId("open-case:programme")).selectByValue("COMMUNITY");
    browser.click("open-case:open");
    browser.waitForText("open-case", "summary");
    browser.type("open-case:summary", summary);
    browser.click("open-case:open");
    browser.waitForPath("/casework/case.xhtml");
    String casePath = browser.currentPath();
    assertThat(browser.text("case-status")).isEqualTo("Open");
    browser.type("team:memberUsername", "bob");
    browser.click("team:add-member");
    browser.waitForText("team", "No case manager or clinician has this username");
    browser.type("team:memberUsername", "dr.chen");
    browser.click("team:add-member");
    browser.waitForText("case-team", "dr.chen");

    browser.type("goal:goalDescription", GOAL);
    browser.click("goal:add-goal");
    browser.waitForText("goals", GOAL);
    rate("3", "Walked once this week");
    rate("6", "Walked twice this week");
    assertProgressOverTime();
    browser.type("task:taskTitle", TASK);
    new Select(browser.byId("task:taskAssignee")).selectByValue("bob");
    browser.click("task:add-task");
    browser.waitForText("tasks", TASK);
    browser.type("note:noteText", INTERNAL);
    browser.click("note:add-note");
    browser.waitForText("notes", INTERNAL);
    browser.type("note:noteText", SHARED);
    new Select(browser.byId("note:noteVisibility")).selectByValue("SHARED");
    browser.click("note:add-note");
    browser.waitForText("notes", SHARED);
    browser.type("referral:toService", "Community transport");
    browser.type("referral:referralReason", "Cannot drive to appointments");
    browser.click("referral:add-referral");
    browser.waitForText("referrals", "Community transport (external)");
    signOut();

    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-my-cases");
    browser.waitForPath("/casework/my-cases.xhtml");
    browser.click("my-case-" + casePath.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    browser.waitForText("goals", GOAL);
    assertProgressOverTime();
    assertThat(browser.text("tasks")).contains(TASK);
    assertThat(browser.text("notes")).contains(SHARED).doesNotContain(INTERNAL);
    assertThat(browser.driver().getPageSource())
        .doesNotContain(INTERNAL)
        .doesNotContain("Community transport");
    assertThat(browser.exists("status")).isFalse();
    assertThat(browser.exists("goal")).isFalse();
    signOut();

    browser.signIn("cm.smith", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open(casePath);
    browser.click("status:close");
    browser.waitForText("status", "outcome");
    assertThat(browser.text("case-status")).isEqualTo("Open");
    browser.type("status:outcome", "Transport arranged; goals met");
    browser.click("status:close");
    browser.waitForText("case-status", "Closed");
    assertThat(browser.text("case-outcome")).contains("Transport arranged");
    assertThat(browser.exists("goal")).isFalse();
    assertThat(browser.driver().findElements(By.id("status:reopen"))).hasSize(1);
  }
}
