package health.salus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: a case manager with a case from a referral may not open it before the intake
 * assessment; the form tells what is missing (risks for a high risk level included), then saves the
 * assessment, which the case page shows; the case opens and the form is gone. In English and in
 * Chinese; axe-core checks every page arrived at.
 */
class IntakePagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private static long intakeCase(Api manager, String summary) {
    TestPatient patient = TestPatient.register("intake-pg");
    return Casework.openIntake(manager, patient.id(), summary);
  }

  @Test
  void theCaseManagerFillsTheIntakeAssessmentAndOpensTheCase() {
    Credentials staff = Api.newStaff("cm-inpg", "CASE_MANAGER");
    String needs = "Needs help with meals " + Api.unique("needs");
    long caseId = intakeCase(Api.as(staff.username(), staff.password()), "From the GP");
    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    browser.waitForText("intake-section", "Not recorded yet.");

    browser.click("status:open-intake");
    browser.waitForGrowl("Record the intake assessment before you open the case.");

    new Select(browser.byId("intake:riskLevel")).selectByVisibleText("High");
    browser.type("intake:presentingNeeds", needs);
    browser.click("intake:save-intake");
    browser.waitForText("intake", "Choose the living situation.");

    new Select(browser.byId("intake:livingSituation")).selectByVisibleText("Lives alone");
    browser.type("intake:personGoals", "Keep living at home");
    new Select(browser.byId("intake:consentToShare")).selectByVisibleText("Yes");
    browser.click("intake:save-intake");
    browser.waitForText("intake", "Describe the risks: the risk level is medium or high.");

    browser.type("intake:risks", "Falls at night");
    browser.click("intake:save-intake");
    browser.waitForText("intake-answers", needs);
    assertThat(browser.text("intake-living")).isEqualTo("Lives alone");
    assertThat(browser.text("intake-risk")).isEqualTo("High: Falls at night");
    assertThat(browser.text("intake-consent")).isEqualTo("Yes");

    browser.click("status:open-intake");
    browser.waitForText("case-status", "Open");
    assertThat(browser.text("intake-answers")).contains(needs);
    assertThat(browser.exists("intake:save-intake")).isFalse();
  }

  @Test
  void theIntakeAssessmentReadsInChinese() {
    browser.useLanguage("zh-CN");
    Credentials staff = Api.newStaff("cm-inzh", "CASE_MANAGER");
    Api manager = Api.as(staff.username(), staff.password());
    assertThat(manager.changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    long caseId = intakeCase(manager, "来自医生的转介");
    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    browser.waitForText("intake-section", "初始评估");
    browser.click("intake:save-intake");
    browser.waitForText("intake", "请描述本人当前的需求。");
  }
}
