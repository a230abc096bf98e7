package health.salus.messaging;

import static health.salus.messaging.Messaging.listed;
import static health.salus.messaging.Messaging.start;
import static health.salus.messaging.Messaging.toCareTeam;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.Directory;
import health.salus.testsupport.TestPatient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: the front desk opens the team inboxes from its menu, finds a patient's new
 * question with its due time, and gives it to a doctor of the team as urgent, about a prescription;
 * the doctor's inbox shows it so. The page never shows the message. axe-core checks each page, in
 * English and in Chinese.
 */
class DeskTriagePagesIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void theFrontDeskGivesAQuestionToADoctorOfTheTeam() {
    TestPatient patient = TestPatient.withGp("desk-page", "dr.chen");
    Directory.joinCareTeam(patient.id(), "dr.patel");
    String subject = Api.unique("Script for my inhaler");
    long id = start(patient.api(), toCareTeam(subject, "Private words for the doctor.", null));

    browser.signIn("desk.jones", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-desk-inbox");
    browser.waitForPath("/messaging/desk.xhtml");
    assertThat(browser.text("desk-threads")).contains(subject).doesNotContain("Private words");
    assertThat(browser.text("desk-due-" + id)).startsWith("On time");
    browser.click("sort-" + id);
    browser.waitForPath("thread=" + id);
    new Select(browser.byId("triage:assignedTo")).selectByValue("dr.patel");
    new Select(browser.byId("triage:priority")).selectByValue("URGENT");
    new Select(browser.byId("triage:category")).selectByValue("PRESCRIPTIONS");
    browser.click("triage:save");
    browser.waitForGrowl("Saved.");

    assertThat(browser.text("desk-triage-" + id))
        .isEqualTo("Urgent, Prescriptions, Open, " + fullName("dr.patel"));
    JsonObject chens = listed(Api.demo("dr.chen"), id);
    assertThat(chens.getString("assignedToUsername")).isEqualTo("dr.patel");
    assertThat(chens.getString("category")).isEqualTo("PRESCRIPTIONS");

    browser.switchLanguage();
    browser.waitForText("desk-triage-" + id, "紧急");
    assertThat(browser.text("desk-triage-" + id)).contains("处方");
  }

  private static String fullName(String username) {
    return Api.demo(username).get("/me").json().getString("fullName");
  }
}
