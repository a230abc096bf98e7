package health.salus.monitoring;

import static health.salus.monitoring.Monitoring.record;
import static health.salus.monitoring.Monitoring.threshold;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.monitoring.Monitoring.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: alice enters a reading on My readings and finds it in its chart and in the table;
 * a new patient takes the WHO-5 check-in; dr.chen acknowledges an alert from the home page's
 * worklist. axe-core checks each page and each state that matters.
 */
class MonitoringPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private void choose(String type) {
    new Select(browser.byId("reading:type")).selectByValue(type);
  }

  /** The units the unit menu shows (those of the chosen type). */
  private List<String> unitsShown() {
    return new Select(browser.byId("reading:unit"))
        .getOptions().stream()
            .filter(o -> !"true".equals(o.findElement(By.xpath("..")).getDomProperty("hidden")))
            .map(WebElement::getText)
            .toList();
  }

  @Test
  void aliceEntersAReadingAndSeesItChartedAndInTheTable() {
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-readings");
    browser.waitForPath("/monitoring/readings.xhtml");
    // alice's internet is limited: her pages are light, the charts come when she asks.
    assertThat(browser.exists("chart-BLOOD_PRESSURE")).isFalse();
    assertThat(browser.text("limits")).contains("Dr").contains("140");

    choose("WEIGHT");
    assertThat(unitsShown()).containsExactly("kg");
    assertThat(new Select(browser.byId("reading:unit")).getFirstSelectedOption().getText())
        .isEqualTo("kg");
    browser.type("reading:value", "61.3");
    browser.click("reading:save");
    browser.waitForText("page-messages", "Your reading is saved.");
    assertThat(browser.text("tables:readings")).contains("Weight").contains("61.3");

    browser.click("show-charts");
    browser.waitForPath("charts=show");
    assertThat(browser.exists("chart-BLOOD_PRESSURE"))
        .as("three months of blood pressure")
        .isTrue();
    assertThat(browser.exists("chart-WEIGHT")).isTrue();
    Axe.assertAccessible(browser.driver(), "/monitoring/readings.xhtml with a new reading");

    choose("BLOOD_GLUCOSE");
    assertThat(unitsShown()).containsExactly("mmol/L", "mg/dL");
    browser.type("reading:value", "2000");
    new Select(browser.byId("reading:unit")).selectByValue("mg/dL");
    browser.click("reading:save");
    browser.waitForText("reading", "cannot be right");
    assertThat(browser.text("tables:readings")).doesNotContain("2000");
    Axe.assertAccessible(browser.driver(), "/monitoring/readings.xhtml with a refusal");
  }

  @Test
  void aNewPatientSeesEmptyStatesAndTakesTheWellbeingCheckIn() {
    Patient patient = Monitoring.patient(false);
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/monitoring/readings.xhtml");
    assertThat(browser.text("charts-empty")).contains("no readings yet");
    assertThat(browser.text("limits-empty")).contains("not set any limits");

    browser.click("wellbeing:checkIn");
    browser.waitForText("wellbeing", "answer all five");
    for (int i = 1; i <= 5; i++) {
      List<WebElement> radios =
          browser.driver().findElements(By.cssSelector("input[name='wellbeing:answer" + i + "']"));
      String answer = i == 1 ? "3" : "2";
      radios.stream()
          .filter(r -> answer.equals(r.getAttribute("value")))
          .findFirst()
          .orElseThrow()
          .click();
    }
    browser.click("wellbeing:checkIn");
    browser.waitForText("checkin-done", "44 %");
    assertThat(browser.text("tables:checkIns")).contains("11 / 25").contains("44 %");
    assertThat(browser.exists("chart-WELLBEING")).isTrue();
    Axe.assertAccessible(browser.driver(), "/monitoring/readings.xhtml after the check-in");
  }

  @Test
  void drChenAcknowledgesAnAlertFromTheWorklist() {
    Patient patient = Monitoring.patient(true);
    threshold(patient, "HEART_RATE", 45.0, 110.0);
    record(patient, "HEART_RATE", 134, "/min");

    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.waitForText("alerts:alertList", patient.fullName());
    Axe.assertAccessible(browser.driver(), "/home.xhtml with alerts");
    WebElement row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tr[.//a[contains(@class,'patient-name') and text()='"
                        + patient.fullName()
                        + "']]"));
    assertThat(row.getText()).contains("Heart rate").contains("134");
    assertThat(row.findElement(By.cssSelector("a.patient-name")).getAttribute("href"))
        .endsWith("/monitoring/patient.xhtml?patientId=" + patient.patientId());
    row.findElement(By.cssSelector("button[id$=':acknowledge']")).click();

    browser.waitForGrowl("Alert for " + patient.fullName() + " acknowledged.");
    assertThat(browser.text("alerts:alertList")).doesNotContain(patient.fullName());
    assertThat(Monitoring.alertsOf(patient, "ACKNOWLEDGED")).hasSize(1);

    browser.open("/monitoring/patient.xhtml?patientId=" + patient.patientId());
    assertThat(browser.text("limits")).contains("Heart rate").contains("110");
    assertThat(browser.text("readings")).contains("134");
    new Select(browser.byId("limit:type")).selectByValue("WEIGHT");
    browser.type("limit:low", "90");
    browser.type("limit:high", "50");
    browser.click("limit:save");
    browser.waitForText("limit", "must be below");
    browser.type("limit:low", "50");
    browser.type("limit:high", "90");
    browser.click("limit:save");
    browser.waitForGrowl("The limit is saved.");
    assertThat(browser.text("limits")).contains("Weight").contains("90");
    Axe.assertAccessible(browser.driver(), "/monitoring/patient.xhtml with limits");
  }
}
