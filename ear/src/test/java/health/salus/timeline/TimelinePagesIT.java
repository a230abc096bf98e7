package health.salus.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In the browser: cm.smith goes from bob's case to bob's timeline, sees the case events and the
 * referral, filters to referrals only and back; dr.chen goes from alice's record to her timeline; a
 * case manager reading Chinese pages to older events and back to the newest; a patient is refused
 * the page. axe-core checks every page arrived at.
 */
class TimelinePagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private List<String> kinds() {
    return browser.driver().findElements(By.cssSelector("#events .event-kind")).stream()
        .map(WebElement::getText)
        .distinct()
        .toList();
  }

  @Test
  void aCaseManagerFiltersBobsTimelineFromHisCase() {
    long bobsCase =
        Api.demo("cm.smith").get("/cases?size=200").items().stream()
            .filter(c -> c.toString().contains("Bob"))
            .map(c -> c.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    browser.signIn("cm.smith", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + bobsCase);
    browser.click("timeline-link");
    browser.waitForPath("/timeline/patient.xhtml");

    assertThat(kinds()).contains("Case", "Referral").doesNotContain("Refill", "Reading alert");
    browser.click("kind-REFERRAL");
    browser.click("apply");
    browser.waitForPath("kind=REFERRAL");
    assertThat(kinds()).containsExactly("Referral");
    assertThat(browser.byId("kind-REFERRAL").isSelected()).isTrue();
    browser.click("all-kinds");
    browser.waitForText("events", "Case");
    assertThat(kinds()).contains("Case", "Referral");
  }

  @Test
  void aClinicianOpensAlicesTimelineFromHerRecord() {
    JsonObject alice = Api.demo("alice").get("/me").json();
    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/records/record.xhtml?patientId=" + alice.getJsonNumber("patientId"));
    browser.click("timeline-link");
    browser.waitForPath("/timeline/patient.xhtml");

    assertThat(kinds()).contains("Appointment", "Reading alert");
  }

  @Test
  void aPatientIsRefusedThePageInChinese() {
    browser.useLanguage("zh-CN");
    JsonObject alice = Api.demo("alice").get("/me").json();
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");

    browser.openExpectingError(
        "/timeline/patient.xhtml?patientId=" + alice.getJsonNumber("patientId"), "forbidden");
  }

  @Test
  void aCaseManagerPagesThroughATimelineInChinese() {
    Credentials manager = Api.newStaff("cm-tlp", "CASE_MANAGER");
    Api cm = Api.as(manager.username(), manager.password());
    assertThat(cm.changeProfile("preferredLanguage", "zh-CN").status()).isEqualTo(200);
    TestPatient patient = TestPatient.register("tlp");
    Response opened =
        cm.post(
            "/cases",
            Json.createObjectBuilder()
                .add("patientId", patient.id())
                .add("programme", "COMMUNITY")
                .add("summary", "Paging")
                .build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long caseId = opened.json().getJsonNumber("id").longValue();
    for (int i = 1; i <= 24; i++) {
      JsonObject note =
          Json.createObjectBuilder().add("text", "Note " + i).add("visibility", "SHARED").build();
      assertThat(cm.post("/cases/" + caseId + "/notes", note).status()).isEqualTo(201);
    }
    browser.signIn(manager.username(), manager.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/casework/case.xhtml?id=" + caseId);
    browser.click("timeline-link");
    browser.waitForPath("/timeline/patient.xhtml");

    assertThat(browser.text("timeline-heading")).isEqualTo("患者时间线");
    assertThat(kinds()).containsExactly("个案");
    assertThat(browser.text("events")).contains("Note 24").doesNotContain("Note 1\n");
    browser.click("older");
    browser.waitForPath("after=");
    assertThat(browser.text("events")).contains("Note 1").doesNotContain("Note 24");
    browser.click("newest");
    browser.waitForText("events", "Note 24");
  }
}
