package health.salus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: cm.smith finds alice's demo funding plan among the budgets at risk on the
 * caseload, opens the case and sees the funding section (a chart and the budget table); a service
 * beyond what Core supports has left is refused with the reason, a small one paid from Capital is
 * recorded. axe-core checks every page arrived at, in English and in Chinese.
 */
class FundingPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aCaseManagerSeesTheBudgetAtRiskAndRecordsAService() {
    String service = "Grab rail fitted " + Api.unique("rail");
    browser.signIn("cm.smith", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-caseload");
    browser.waitForPath("/casework/caseload.xhtml");
    assertThat(browser.text("budgets-at-risk")).contains("Alice", "Core supports");
    browser.driver().findElement(By.cssSelector("#budgets-at-risk a")).click();
    browser.waitForPath("/casework/case.xhtml");
    browser.waitForText("funding", "Core supports");
    assertThat(browser.text("funding-at-risk")).contains("80%");
    assertThat(browser.driver().findElements(By.cssSelector("#funding-chart canvas"))).hasSize(1);
    assertThat(browser.text("funding-categories")).contains("Capacity building", "Capital");

    new Select(browser.byId("delivery:deliveryCategory")).selectByVisibleText("Core supports");
    browser.type("delivery:deliveredOn", Casework.today().toString());
    browser.type("delivery:deliveryDescription", "Respite week");
    browser.type("delivery:deliveryProvider", "Helping Hands");
    browser.type("delivery:deliveryAmount", "50000.00");
    browser.click("delivery:record-delivery");
    browser.waitForGrowl("go over the Core supports budget");

    new Select(browser.byId("delivery:deliveryCategory")).selectByVisibleText("Capital");
    browser.type("delivery:deliveryDescription", service);
    browser.byId("delivery:deliveryAmount").clear();
    browser.type("delivery:deliveryAmount", "12.50");
    browser.click("delivery:record-delivery");
    browser.waitForText("funding-deliveries", service);
    assertThat(browser.text("funding-deliveries")).contains("$12.50");
  }

  @Test
  void theFundingSectionReadsInChinese() {
    browser.useLanguage("zh-CN");
    Credentials staff = Api.newStaff("cm-fundzh", "CASE_MANAGER");
    Api manager = Api.as(staff.username(), staff.password());
    assertThat(manager.changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    TestPatient patient = TestPatient.register("fund-zh");
    long caseId =
        Casework.id(manager.post("/cases", Casework.newCase(patient.id(), "NDIS", "NDIS 计划")));
    JsonObject plan =
        Json.createObjectBuilder()
            .add("startsOn", Casework.today().minusDays(10).toString())
            .add("endsOn", Casework.today().plusMonths(6).toString())
            .add(
                "categories",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Core supports")
                            .add("budget", new BigDecimal("1500.00"))))
            .build();
    assertThat(manager.post("/cases/" + caseId + "/funding-plan", plan).status()).isEqualTo(201);

    browser.signIn(staff.username(), staff.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    browser.waitForText("funding", "资助计划");
    assertThat(browser.text("funding-deliveries")).contains("还没有记录服务");
  }
}
