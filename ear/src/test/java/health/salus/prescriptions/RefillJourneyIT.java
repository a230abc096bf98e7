package health.salus.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.Browser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: a patient asks for a refill, the prescriber approves it in the refill queue, and
 * the patient sees the approval and one refill fewer.
 */
class RefillJourneyIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aPatientRequestsARefillTheClinicianApprovesItAndThePatientSeesIt() {
    Patient patient = Prescribing.patientOfDrChen();
    Prescribing.prescribe(patient, "Candesartan", 2);

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.click("menu-medications");
    browser.waitForPath("/prescriptions/medications.xhtml");
    browser.waitForText("meds:medications:0:name", "Candesartan");
    assertThat(browser.text("meds:medications:0:refills")).isEqualTo("2");
    browser.waitForText("refill-requests", "You have not asked for a refill yet.");

    browser.click("meds:medications:0:request");
    browser.waitForPath("/prescriptions/request-refill.xhtml");
    browser.type("refill:note", "Running out next week");
    browser.type("refill:pharmacy", "Harbour Pharmacy, Balmain");
    browser.click("refill:submit");

    browser.waitForPath("/prescriptions/medications.xhtml");
    browser.waitForText("meds:medications:0:open", "waiting for a decision");
    browser.waitForText("refill-requests", "Requested");
    assertThat(browser.text("refill-requests")).contains("Running out next week");
    browser.clickButton("Sign out");
    browser.waitForPath("/login.xhtml");

    browser.signIn("dr.chen", "Salus-demo-1");
    browser.waitForPath("/home.xhtml");
    browser.click("menu-refills");
    browser.waitForPath("/prescriptions/refill-queue.xhtml");
    By approve =
        By.xpath(
            "//tr[.//span[@class='patient-name' and normalize-space(.)='"
                + patient.fullName()
                + "']]//button[normalize-space(.)='Approve']");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.elementToBeClickable(approve))
        .click();
    browser.waitUntilGone(approve);
    browser.clickButton("Sign out");
    browser.waitForPath("/login.xhtml");

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/prescriptions/medications.xhtml");
    browser.waitForText("refill-requests", "Approved");
    assertThat(browser.text("refill-requests")).contains("Decided by Dr Wei Chen");
    assertThat(browser.text("meds:medications:0:refills")).isEqualTo("1");
    assertThat(browser.exists("meds:medications:0:request")).isTrue();
  }

  @Test
  void aMedicationWithNoRefillsLeftSaysSoAndOffersNoRequest() {
    Patient patient = Prescribing.patientOfDrChen();
    Prescribing.prescribe(patient, "Ramipril", 0);

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/prescriptions/medications.xhtml");

    browser.waitForText("meds:medications:0:none", "no refills remaining");
    assertThat(browser.exists("meds:medications:0:request")).isFalse();
  }

  @Test
  void aPatientCannotOpenTheRefillQueueNorAClinicianThePatientsPage() {
    Patient patient = Prescribing.patientOfDrChen();

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-refills")).isFalse();
    assertThat(browser.openExpectingError("/prescriptions/refill-queue.xhtml", "forbidden"))
        .isEqualTo("You are not allowed to see this page");
    assertThat(browser.driver().getPageSource()).doesNotContain("Refill requests to decide");
    browser.open("/home.xhtml");
    browser.clickButton("Sign out");
    browser.waitForPath("/login.xhtml");

    browser.signIn("dr.chen", "Salus-demo-1");
    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-medications")).isFalse();
    assertThat(browser.openExpectingError("/prescriptions/medications.xhtml", "forbidden"))
        .isEqualTo("You are not allowed to see this page");
    assertThat(browser.driver().getPageSource()).doesNotContain("My refill requests");
  }
}
