package health.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: alice sees her feedback tile, lodges a complaint from her feedback page and lands
 * on it; desk.jones finds it in the register, triages and acknowledges it; alice sees it
 * acknowledged, with the step in its history. Staff also open the satisfaction page. The front desk
 * lodges one for a patient found in its patient search (only staff may name the patient). axe-core
 * checks every page arrived at.
 */
class FeedbackPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  private void signOut() {
    browser.click("signout-submit");
    browser.waitForPath("/");
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void alicesComplaintIsAcknowledgedByStaffAndSheSeesIt() {
    String text = "The waiting room was too cold " + Api.unique("c");
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.text("home-feedback")).contains("Visits to rate");
    // The tile's figures are alice's own, as the API tells them (one boundary call reads both).
    Api alice = Api.demo("alice");
    int toRate = alice.get("/me/feedback-invitations").jsonArray().size();
    assertThat(browser.text("home-to-rate")).isEqualTo("Visits to rate: " + toRate);
    assertThat(browser.exists("home-nps")).isEqualTo(alice.get("/me/nps").json().getBoolean("due"));
    browser.click("menu-feedback");
    browser.waitForPath("/feedback/my-feedback.xhtml");
    assertThat(browser.text("to-rate")).contains("Dr Wei Chen");
    browser.click("lodge-link");
    browser.waitForPath("/feedback/lodge.xhtml");
    browser.click("lodge:submit");
    browser.waitForText("lodge", "Choose what it is about."); // the message, not the empty option
    new Select(browser.byId("lodge:category")).selectByValue("ACCESS");
    browser.type("lodge:description", text);
    browser.click("lodge:submit");
    browser.waitForPath("/feedback/complaint.xhtml");
    String complaintPath = browser.currentPath();
    assertThat(browser.text("complaint-status")).isEqualTo("Received");
    assertThat(browser.text("complaint-description")).isEqualTo(text);
    assertThat(browser.exists("acknowledge")).isFalse();
    signOut();

    browser.signIn("desk.jones", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.text("home-complaints")).contains("Open items");
    browser.click("menu-complaints");
    browser.waitForPath("/feedback/complaints.xhtml");
    assertThat(browser.text("sla")).contains("Acknowledged within 2 business days");
    browser.open(complaintPath);
    browser.waitForText("complaint-status", "Received");
    new Select(browser.byId("triage:severity")).selectByValue("MEDIUM");
    browser.click("triage:triageSubmit");
    browser.waitForText("complaint-severity", "Medium");
    browser.type("acknowledge:ackNote", "We will fix the heating.");
    browser.click("acknowledge:ackSubmit");
    browser.waitForText("complaint-status", "Acknowledged");
    assertThat(browser.exists("acknowledge")).isFalse();
    browser.click("menu-satisfaction");
    browser.waitForPath("/feedback/satisfaction.xhtml");
    assertThat(browser.text("by-practitioner")).contains("Dr Wei Chen");
    signOut();

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-feedback");
    browser.waitForPath("/feedback/my-feedback.xhtml");
    assertThat(browser.text("my-complaints")).contains("Acknowledged");
    browser.open(complaintPath);
    browser.waitForText("complaint-status", "Acknowledged");
    assertThat(browser.text("complaint-history"))
        .contains("Received")
        .contains("Acknowledged")
        .contains("We will fix the heating.");
    assertThat(browser.exists("withdraw")).isTrue();
    assertThat(browser.exists("triage")).isFalse();
  }

  @Test
  void theFrontDeskLodgesAComplaintForAPatientWhoThenFollowsIt() {
    Credentials patient = Api.newPatient("cpl");
    Api asPatient = Api.as(patient.username(), patient.password());
    long patientId = asPatient.get("/me").json().getJsonNumber("patientId").longValue();
    String name = "Test " + patient.username();
    String text = "Told us at the desk: the lift was broken " + Api.unique("l");

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.openExpectingError("/feedback/lodge.xhtml?patient=" + patientId, "forbidden");
    browser.driver().manage().deleteAllCookies();

    browser.signIn("desk.jones", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-bookings");
    browser.waitForPath("/scheduling/bookings.xhtml");
    browser.type("patients:name", name);
    browser.click("patients:submit");
    browser.waitForText("found", name);
    browser.click("lodge-for-" + patientId);
    browser.waitForPath("/feedback/lodge.xhtml");
    assertThat(browser.text("lodge-for")).contains(name);
    new Select(browser.byId("lodge:category")).selectByValue("ACCESS");
    browser.type("lodge:description", text);
    browser.click("lodge:submit");
    browser.waitForPath("/feedback/complaint.xhtml");
    assertThat(browser.text("complaint-patient")).isEqualTo(name);
    assertThat(browser.text("complaint-status")).isEqualTo("Received");
    browser.openExpectingError("/feedback/lodge.xhtml?patient=99999999", "notFound");
    browser.openExpectingError("/feedback/complaint.xhtml?id=99999999", "notFound");

    assertThat(asPatient.get("/me/complaints").jsonArray().getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(c -> assertThat(c.getString("status")).isEqualTo("RECEIVED"));
  }
}
