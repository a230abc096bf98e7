package health.salus.casework;

import static health.salus.casework.Casework.created;
import static health.salus.casework.Casework.open;
import static health.salus.casework.Casework.task;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In the browser: the caseload dashboard shows cases by status and the work due (overdue tasks,
 * reviews due, budgets at risk) in two charts and in words, in English and in Chinese; axe-core
 * checks every page arrived at.
 */
class CaseloadPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private static Credentials caseManagerWithWork() {
    Credentials staff = Api.newStaff("cm-dashpg", "CASE_MANAGER");
    Api cm = Api.as(staff.username(), staff.password());
    long caseId = open(cm, TestPatient.register("dashpg").id(), "Falls prevention");
    created(
        cm, "/cases/" + caseId + "/tasks", task("Home visit", Casework.today().minusDays(1), null));
    created(
        cm,
        "/cases/" + caseId + "/reviews",
        Json.createObjectBuilder().add("dueOn", Casework.today().plusDays(5).toString()).build());
    return staff;
  }

  @Test
  void theDashboardChartsTheCaseloadAndSaysItInWords() {
    Credentials staff = caseManagerWithWork();
    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/caseload.xhtml");
    browser.waitForText("case-counts", "Reviews due within 14 days: 1");
    assertThat(browser.text("case-counts")).contains("Overdue tasks: 1", "Open: 1");
    assertThat(browser.driver().findElements(By.cssSelector("#chart-status canvas"))).hasSize(1);
    assertThat(browser.driver().findElements(By.cssSelector("#chart-work canvas"))).hasSize(1);
    assertThat(browser.text("chart-work")).contains("Work due");
  }

  @Test
  void theDashboardReadsInChinese() {
    browser.useLanguage("zh-CN");
    Credentials staff = caseManagerWithWork();
    assertThat(
            Api.as(staff.username(), staff.password())
                .changeProfile("preferredLanguage", "zh-CN")
                .status())
        .isEqualTo(200);
    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/caseload.xhtml");
    browser.waitForText("case-counts", "14 天内到期的复核: 1");
    assertThat(browser.text("chart-status")).contains("按状态统计的个案");
  }
}
