package health.salus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: a case manager sets up the funding plan of a new NDIS case from the case page
 * (money as dollars and cents; a bad amount, an amount without cents' precision and a line without
 * its amount are told beside that line's input), sees the budget chart and table, and records a
 * service against a category. In English and in Chinese; axe-core checks every page arrived at.
 */
class FundingSetupPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private long ndisCase(Api manager, String summary) {
    TestPatient patient = TestPatient.register("fund-setup");
    return Casework.id(manager.post("/cases", Casework.newCase(patient.id(), "NDIS", summary)));
  }

  @Test
  void aCaseManagerSetsUpAPlanAndRecordsAServiceAgainstACategory() {
    Credentials staff = Api.newStaff("cm-fsetup", "CASE_MANAGER");
    long caseId = ndisCase(Api.as(staff.username(), staff.password()), "New NDIS plan");
    String service = "Physio session " + Api.unique("physio");
    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    browser.waitForText("funding-setup", "Set up the funding plan");

    browser.click("plan:set-up-plan");
    browser.waitForText("plan", "Add at least one budget category");

    browser.type("plan:categoryName0", "Core supports");
    browser.type("plan:budget0", "12 dollars");
    browser.click("plan:set-up-plan");
    browser.waitForText("plan", "Give the amount in dollars and cents, such as 120.50.");

    browser.byId("plan:budget0").clear();
    browser.type("plan:budget0", "10.005");
    browser.type("plan:categoryName1", "Capital");
    WebElement before = browser.byId("plan:budget0");
    browser.click("plan:set-up-plan");
    browser.waitUntilStale(before);
    browser.waitForText("plan", "Give the amount in dollars and cents, such as 120.50.");

    browser.byId("plan:budget0").clear();
    browser.type("plan:budget0", "1200.50");
    browser.click("plan:set-up-plan");
    browser.waitForText("plan", "Give the amount in dollars.");

    browser.type("plan:budget1", "300");
    browser.click("plan:set-up-plan");
    browser.waitForText("funding", "Core supports");
    assertThat(browser.text("funding-total")).contains("$1500.50");
    assertThat(browser.driver().findElements(By.cssSelector("#funding-chart canvas"))).hasSize(1);
    assertThat(browser.text("funding-categories")).contains("Capital", "$300.00");
    assertThat(browser.exists("plan:set-up-plan")).isFalse();

    new Select(browser.byId("delivery:deliveryCategory")).selectByVisibleText("Capital");
    browser.type("delivery:deliveredOn", Casework.today().toString());
    browser.type("delivery:deliveryDescription", service);
    browser.type("delivery:deliveryProvider", "Move Well Physio");
    browser.type("delivery:deliveryAmount", "120.25");
    browser.click("delivery:record-delivery");
    browser.waitForText("funding-deliveries", service);
    assertThat(browser.text("funding-deliveries")).contains("$120.25");
    assertThat(browser.text("funding-categories")).contains("$179.75");
  }

  @Test
  void thePlanFormReadsInChinese() {
    browser.useLanguage("zh-CN");
    Credentials staff = Api.newStaff("cm-fsetzh", "CASE_MANAGER");
    Api manager = Api.as(staff.username(), staff.password());
    assertThat(manager.changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    long caseId = ndisCase(manager, "NDIS 新计划");
    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    browser.waitForText("funding-setup", "设立资助计划");
    browser.click("plan:set-up-plan");
    browser.waitForText("plan", "请至少添加一个预算类别");
  }
}
