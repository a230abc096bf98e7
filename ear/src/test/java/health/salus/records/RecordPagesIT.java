package health.salus.records;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import health.salus.testsupport.Clinicians;
import health.salus.testsupport.Directory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser, the health record page: alice reads her summary, her sections and a chart of her
 * results against the usual range; dr.chen opens her record from his pages; a clinician outside her
 * care team sees nothing of it, is refused a reason too short, then opens it in an emergency (in
 * Chinese) and alice's access history shows that read; a grantee sees only the sections granted.
 * The browser runs axe-core on every page it arrives at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordPagesIT {

  private static final String PAGE = "/records/record.xhtml";

  @RegisterExtension final Browser browser = new Browser();

  private static long patientIdOf(Api api) {
    return api.get("/me").json().getJsonNumber("patientId").longValue();
  }

  private String source() {
    return browser.driver().getPageSource();
  }

  /** The datasets of the chart captioned with this test's name, as Chart.js drew them. */
  private String chartData(String test) {
    String script =
        "for (const f of document.querySelectorAll('figure.reading-chart')) {"
            + "  if (f.querySelector('figcaption').textContent.trim() !== arguments[0]) continue;"
            + "  const chart = Chart.getChart(f.querySelector('canvas'));"
            + "  return chart ? JSON.stringify(chart.config.data.datasets.map("
            + "      d => ({label: d.label, fill: d.fill, data: d.data}))) : null;"
            + "}"
            + "return null;";
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> (String) ((JavascriptExecutor) d).executeScript(script, test));
  }

  @Test
  void aliceReadsHerSummarySectionsAndHerResultsCharted() {
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-record");
    browser.waitForPath(PAGE);

    assertThat(browser.text("record-heading")).isEqualTo("My health record");
    assertThat(browser.text("summary-conditions"))
        .contains("Type 2 diabetes mellitus")
        .contains("Osteoarthritis of knee")
        .doesNotContain("pneumonia");
    assertThat(browser.text("summary-allergies")).contains("Penicillin: moderate reaction");
    assertThat(browser.text("summary-results"))
        .contains("HbA1c: 6.7 %")
        .contains("Higher than the usual range")
        .contains("4 to 6")
        .doesNotContain("Total cholesterol");
    assertThat(browser.exists("summary-medications")).isTrue();
    for (String section :
        List.of("conditions", "medications", "allergies", "results", "immunisations")) {
      assertThat(browser.exists(section + "-section")).as(section).isTrue();
    }
    assertThat(browser.exists("encounters-section")).isTrue();
    assertThat(browser.text("conditions")).contains("Community-acquired pneumonia", "Resolved");
    assertThat(browser.text("immunisations")).contains("Shingrix");
    assertThat(browser.text("results-section")).contains("eGFR").contains("5.5 or less");
    assertThat(browser.exists("emergency-banner")).isFalse();
    assertThat(browser.text("documents")).contains("Discharge summary: cellulitis, left leg");
    assertThat(browser.byId("documents-all").getAttribute("href"))
        .contains("/records/documents.xhtml?patientId=");

    // alice's internet is limited: her pages are light, the charts come when she asks.
    assertThat(source()).doesNotContain("<canvas");
    browser.click("show-charts");
    browser.waitForPath("charts=show");
    String hba1c = chartData("HbA1c");
    assertThat(hba1c)
        .contains("\"label\":\"HbA1c\"")
        .contains("\"label\":\"Usual range, lowest\",\"fill\":\"+1\",\"data\":[4,4,4,4,4,4,4,4]")
        .contains("\"label\":\"Usual range, highest\"")
        .contains("6.7");
    Axe.assertAccessible(browser.driver(), PAGE + " with its charts");
  }

  @Test
  void drChenOpensAlicesRecordFromHisPatientsPage() {
    long alice = patientIdOf(Api.demo("alice"));
    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/monitoring/patient.xhtml?patientId=" + alice);
    browser.click("patient-record");
    browser.waitForPath(PAGE + "?patientId=" + alice);

    assertThat(browser.text("record-heading")).isEqualTo("Health record of Alice Martin");
    assertThat(browser.text("summary-allergies")).contains("Penicillin");
    assertThat(browser.exists("encounters-section")).isTrue();
    assertThat(browser.exists("emergency-panel")).isFalse();
    assertThat(browser.exists("emergency-banner")).isFalse();
  }

  @Test
  void aClinicianOutsideTheCareTeamOpensAlicesRecordInAnEmergency() {
    long alice = patientIdOf(Api.demo("alice"));
    Credentials outsider = Clinicians.outsider();
    Api outsiderApi = Api.as(outsider.username(), outsider.password());
    assertThat(outsiderApi.changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);

    browser.signIn(outsider.username(), outsider.password());
    browser.waitForPath("/home.xhtml");
    browser.open(PAGE + "?patientId=" + alice);
    assertThat(browser.text("emergency-heading")).isEqualTo("您不在这位病人的医疗团队中");
    assertThat(browser.text("emergency-warning")).contains("审计").contains("通知");
    assertThat(source()).doesNotContain("Alice").doesNotContain("Penicillin");

    browser.type("emergency:reason", "urgent");
    browser.click("emergency:open");
    // The refusal, not the hint beside the field ("10 至 500 个字").
    browser.waitForText("emergency", "至少 10 个字");
    assertThat(source()).doesNotContain("Penicillin");
    assertThat(outsiderApi.get("/me/emergency-accesses").jsonArray()).isEmpty();
    Axe.assertAccessible(browser.driver(), PAGE + " refusing a short reason, in Chinese");

    String reason = "Collapsed in the clinic, her GP is away today";
    browser.type("emergency:reason", reason);
    browser.click("emergency:open");
    browser.waitForText("emergency-banner", reason);
    assertThat(browser.text("emergency-banner")).startsWith("紧急访问有效至");
    assertThat(browser.text("record-heading")).contains("Alice Martin");
    assertThat(browser.text("summary-allergies")).contains("Penicillin");
    assertThat(browser.exists("encounters-section")).isTrue();
    Axe.assertAccessible(browser.driver(), PAGE + " under emergency access, in Chinese");

    assertThat(outsiderApi.get("/me/emergency-accesses").jsonArray().getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getJsonNumber("patientId").longValue()).isEqualTo(alice);
              assertThat(e.getString("reason")).isEqualTo(reason);
            });
    assertThat(Api.demo("alice").get("/me/access-log").items())
        .anySatisfy(
            e -> {
              assertThat(e.getString("actorUsername")).isEqualTo(outsider.username());
              assertThat(e.getString("purpose")).isEqualTo("EMERGENCY");
              assertThat(e.getString("outcome")).isEqualTo("ALLOWED");
            });

    browser.open("/home.xhtml");
    assertThat(browser.text("emergency-accesses")).contains("Alice Martin").contains(reason);
  }

  @Test
  void aGranteeSeesOnlyTheSectionsGrantedAndNothingBefore() {
    String username = Api.unique("rec");
    String password = Api.strongPassword();
    long patientId = Api.registerPatient(username, password).getJsonNumber("patientId").longValue();
    Api patient = Api.as(username, password);
    Directory.joinCareTeam(patientId, "dr.chen");
    Api gp = Api.demo("dr.chen");
    assertThat(
            gp.post(
                    "/patients/" + patientId + "/conditions",
                    Json.createObjectBuilder()
                        .add("name", "Epilepsy")
                        .add("onset", "2010-03-01")
                        .add("status", "ACTIVE")
                        .build())
                .status())
        .isEqualTo(201);
    assertThat(
            gp.post(
                    "/patients/" + patientId + "/observations",
                    Json.createObjectBuilder()
                        .add("name", "Ferritin")
                        .add("value", Json.createValue(new BigDecimal("12")))
                        .add("unit", "ug/L")
                        .add("rangeLow", 30)
                        .add("rangeHigh", 300)
                        .add("effectiveAt", Instant.now().minus(Duration.ofDays(1)).toString())
                        .build())
                .status())
        .isEqualTo(201);

    Credentials grantee = Api.newPatient("grantee");
    browser.signIn(grantee.username(), grantee.password());
    browser.waitForPath("/home.xhtml");
    browser.openExpectingError(PAGE + "?patientId=" + patientId, "notFound");

    Response granted =
        patient.post(
            "/consents",
            Json.createObjectBuilder()
                .add("granteeUsername", grantee.username())
                .add("categories", Json.createArrayBuilder().add("RESULTS"))
                .add("validUntil", Instant.now().plus(Duration.ofDays(2)).toString())
                .build());
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

    browser.open(PAGE + "?patientId=" + patientId);
    assertThat(browser.text("summary-results"))
        .contains("Ferritin")
        .contains("Lower than the usual range");
    assertThat(browser.text("results-section")).contains("12 ug/L").contains("30 to 300");
    for (String absent :
        List.of(
            "summary-conditions",
            "summary-allergies",
            "summary-medications",
            "conditions-section",
            "medications-section",
            "allergies-section",
            "immunisations-section",
            "documents",
            "encounters-section",
            "emergency-panel")) {
      assertThat(browser.exists(absent)).as(absent).isFalse();
    }
    assertThat(source()).doesNotContain("Epilepsy");
  }
}
