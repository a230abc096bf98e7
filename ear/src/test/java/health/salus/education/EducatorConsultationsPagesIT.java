package health.salus.education;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.Browser;
import health.salus.testsupport.Deployments;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In the browser: alice books a video call with edu.nguyen, who finds it under "My consultations"
 * (the room opens later); a call that has opened she joins from there and marks done; the booking
 * page of a practitioner with no times says so in words (no "null"); the care team sees a patient's
 * literacy screen on the timeline page. axe-core checks each page arrived at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EducatorConsultationsPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void eduNguyenSeesAlicesBookedCallAndJoinsAndMarksDoneOneThatHasOpened() {
    Api alice = Api.demo("alice");
    JsonObject alicesCall = Appointments.bookSomeSlot(alice, "edu.nguyen", "VIDEO");
    long alicesId = alicesCall.getJsonNumber("id").longValue();
    try {
      TestPatient patient = TestPatient.register("edu-page");
      JsonObject now = Appointments.imminentAppointment(patient.api(), "edu.nguyen", "VIDEO");
      long nowId = now.getJsonNumber("id").longValue();

      browser.signIn("edu.nguyen", Api.DEMO_PASSWORD);
      browser.waitForPath("/home.xhtml");
      browser.click("menu-educator-consultations");
      browser.waitForPath("/education/consultations.xhtml");

      WebElement alices = browser.driver().findElement(By.cssSelector(".consultation-" + alicesId));
      assertThat(alices.findElement(By.cssSelector(".patient")).getText())
          .isEqualTo("Alice Martin");
      assertThat(alices.getText()).contains("Check-up").contains("Video").contains("Booked");
      assertThat(alices.findElement(By.cssSelector(".join")).getText())
          .startsWith("The room opens at");
      assertThat(alices.findElements(By.cssSelector("input[type=submit]"))).isEmpty();

      WebElement row = browser.driver().findElement(By.cssSelector(".consultation-" + nowId));
      if (now.getString("mode").equals("VIDEO")) {
        assertThat(row.findElement(By.cssSelector(".video-link")).getText())
            .isEqualTo("Join the video call");
      } else {
        assertThat(row.findElement(By.cssSelector(".join")).getText()).isNotBlank();
      }
      row.findElement(By.cssSelector("input[type=submit]")).click();
      browser.waitForGrowl("The consultation with " + patient.fullName() + " is marked as done.");
      WebElement after = browser.driver().findElement(By.cssSelector(".consultation-" + nowId));
      assertThat(after.findElement(By.cssSelector(".status")).getText()).isEqualTo("Completed");
      assertThat(after.findElements(By.cssSelector("input[type=submit]"))).isEmpty();
    } finally {
      alice.post("/appointments/" + alicesId + "/cancel"); // alice's demo diary as it was
    }
  }

  @Test
  void theBookingPageOfAPractitionerWithNoTimesSaysSoInWords() {
    Credentials clinician = Api.newStaff("dr-none", "CLINICIAN");
    long practitionerId =
        Json.createReader(
                new StringReader(
                    Deployments.callTestResource(
                        "POST", "/test/practitioners/" + clinician.username())))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/scheduling/book.xhtml?practitioner=" + practitionerId + "&mode=VIDEO");

    assertThat(browser.text("book-heading")).isEqualTo("Book an appointment");
    assertThat(browser.text("not-bookable"))
        .isEqualTo(
            "This person has no free times to book online. Please choose someone else, or call"
                + " the practice.");
    assertThat(browser.driver().findElement(By.id("content")).getText()).doesNotContain("null");
    assertThat(browser.exists("booking")).isFalse();
  }

  @Test
  void theCareTeamSeesThePatientsLiteracyScreenOnTheTimeline() {
    TestPatient screened = TestPatient.withGp("lit-time", "dr.chen");
    screened.api().post("/me/literacy-screening", Education.screen(4, "A_LITTLE"));
    TestPatient unscreened = TestPatient.withGp("lit-none", "dr.chen");

    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/timeline/patient.xhtml?patientId=" + screened.id());
    assertThat(browser.text("literacy-result")).startsWith("Limited: offer easy-read lessons");
    browser.open("/timeline/patient.xhtml?patientId=" + unscreened.id());
    assertThat(browser.text("literacy-none")).isEqualTo("No literacy screen taken yet.");
  }
}
