package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consent journey in two browsers: a patient shares her medicines with carol on "Who can see my
 * record"; carol, in her own browser, switches to acting for her and sees her medicines and nothing
 * else, her name in the header; the patient stops sharing, carol's choice of her is refused, and
 * her next page shows nothing of hers any more. A carer acting for a patient books for her through
 * the scheduling pages, and cancels the appointment and asks for a refill from her home. Axe checks
 * every page on arrival.
 */
class CarerJourneyIT {

  @RegisterExtension final Browser patientBrowser = new Browser();
  @RegisterExtension final Browser carolBrowser = new Browser().newForEachTest();

  /** A fresh patient with dr.chen in the care team and one medicine prescribed. */
  private static Credentials patientWithAMedicine() {
    Credentials patient = Api.newPatient("shares");
    long patientId =
        Api.as(patient.username(), patient.password())
            .get("/me")
            .json()
            .getJsonNumber("patientId")
            .longValue();
    Response joined =
        Api.demo("desk.jones")
            .post(
                "/patients/" + patientId + "/care-team",
                Json.createObjectBuilder()
                    .add("practitionerId", Appointments.practitionerId("dr.chen"))
                    .add("kind", "GENERAL_PRACTITIONER")
                    .build());
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    Response prescribed =
        Api.demo("dr.chen")
            .post(
                "/patients/" + patientId + "/medications",
                Json.createObjectBuilder()
                    .add("name", "Atorvastatin")
                    .add("dose", "20 mg")
                    .add("instructions", "At night")
                    .add("refills", 2)
                    .build());
    assertThat(prescribed.status()).as(prescribed.toString()).isEqualTo(201);
    return patient;
  }

  private static String growl(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".ui-growl-message")).stream()
        .map(WebElement::getText)
        .reduce("", String::concat);
  }

  @Test
  void aPatientSharesHerMedicinesWithCarolWhoSeesThemAndNothingElseUntilSheStops() {
    Credentials patient = patientWithAMedicine();
    String name = "Test " + patient.username();

    patientBrowser.signIn(patient.username(), patient.password());
    patientBrowser.waitForPath("/home.xhtml");
    patientBrowser.click("menu-sharing");
    patientBrowser.waitForPath("/account/sharing.xhtml");
    assertThat(patientBrowser.text("grants:list")).contains("You do not share your record");
    patientBrowser.click("grant:share");
    patientBrowser.waitForText("grant", "Enter the username of the person to share with.");
    assertThat(patientBrowser.text("grant"))
        .contains("Choose at least one part of your record to share.")
        .contains("Choose when the sharing ends.");
    patientBrowser.type("grant:grantee", "carol");
    patientBrowser.click("grant:categories:1");
    patientBrowser.type("grant:until", "2020-01-01");
    patientBrowser.click("grant:share");
    patientBrowser.waitForText("grant", "Choose an end date and time that is still to come.");
    assertThat(patientBrowser.text("grants:list")).contains("You do not share your record");
    patientBrowser.open("/account/sharing.xhtml");
    patientBrowser.type("grant:grantee", "carol");
    patientBrowser.click("grant:categories:1"); // Medicines
    LocalDate lastDay = LocalDate.now(ZoneId.of("Australia/Sydney")).plusDays(30);
    patientBrowser.type("grant:until", lastDay.toString());
    patientBrowser.click("grant:share");
    patientBrowser.waitForText("grants:list", "carol");
    assertThat(patientBrowser.text("grants:list")).contains("Medicines").contains("Active");

    carolBrowser.signIn("carol", Api.DEMO_PASSWORD);
    carolBrowser.waitForPath("/home.xhtml");
    assertThat(carolBrowser.text("acting-for")).isEqualTo("Acting for yourself");
    new Select(carolBrowser.byId("acting-who")).selectByVisibleText(name);
    carolBrowser.click("acting:switch");
    carolBrowser.waitForText("acting-for", "Acting for " + name);
    Axe.assertAccessible(carolBrowser.driver(), "/home.xhtml acting for her (medicines only)");
    String shown = carolBrowser.text("acting-person");
    assertThat(shown).contains(name).contains("Atorvastatin");
    assertThat(carolBrowser.exists("carerHome:appointments")).as("no appointments").isFalse();
    assertThat(carolBrowser.exists("carerHome:invoices")).as("no bills").isFalse();
    assertThat(carolBrowser.exists("carerHome:medications:0:refill"))
        .as("no refills without acting for her")
        .isFalse();

    patientBrowser.click("grants:list:0:revoke");
    patientBrowser.click("confirm-yes");
    patientBrowser.waitForText("grants:list", "Stopped");

    // Carol's page still offers her; choosing her again is refused and changes nothing.
    carolBrowser.click("acting:switch");
    carolBrowser.waitForText("acting-for", "Acting for yourself");
    new WebDriverWait(carolBrowser.driver(), Duration.ofSeconds(10))
        .until(d -> growl(carolBrowser).contains("You cannot act for that person."));
    assertThat(carolBrowser.exists("acting-person")).isFalse();

    carolBrowser.open("/home.xhtml");
    assertThat(carolBrowser.text("acting-for")).isEqualTo("Acting for yourself");
    assertThat(carolBrowser.driver().findElements(By.cssSelector("#acting-who option")))
        .extracting(WebElement::getText)
        .doesNotContain(name);
    assertThat(carolBrowser.text("acting-ended")).contains("no longer shares");
    assertThat(carolBrowser.exists("acting-person")).isFalse();
    assertThat(carolBrowser.driver().getPageSource()).doesNotContain("Atorvastatin");
  }

  @Test
  void carolActsForAPatientBooksThroughTheSchedulingPagesCancelsAndAsksForARefill() {
    Credentials patient = patientWithAMedicine();
    Api own = Api.as(patient.username(), patient.password());
    long patientId = own.get("/me").json().getJsonNumber("patientId").longValue();
    Response granted =
        own.post(
            "/consents",
            Json.createObjectBuilder()
                .add("granteeUsername", "carol")
                .add("categories", Json.createArrayBuilder().add("MEDICATIONS"))
                .add("validUntil", Instant.now().plusSeconds(86_400).toString())
                .add("actFor", true)
                .build());
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    long grantId = granted.json().getJsonNumber("id").longValue();
    try {
      String name = "Test " + patient.username();

      carolBrowser.signIn("carol", Api.DEMO_PASSWORD);
      carolBrowser.waitForPath("/home.xhtml");
      new Select(carolBrowser.byId("acting-who")).selectByVisibleText(name);
      carolBrowser.click("acting:switch");
      carolBrowser.waitForText("acting-for", "Acting for " + name);
      assertThat(carolBrowser.text("acting-person-heading")).isEqualTo("For " + name);
      assertThat(carolBrowser.text("carerHome:invoices")).contains("They have no bills.");
      Axe.assertAccessible(carolBrowser.driver(), "/home.xhtml acting for her (all sections)");

      // Booking for her through the scheduling pages, with her id.
      carolBrowser.click("carer-book");
      carolBrowser.waitForPath("/scheduling/find-practitioner.xhtml?patient=" + patientId);
      carolBrowser.click("book-dr.chen");
      carolBrowser.waitForText("book-heading", "Dr Wei Chen");
      carolBrowser.type("booking:reason", "Review, booked by her carer");
      new WebDriverWait(carolBrowser.driver(), Duration.ofSeconds(15))
          .until(d -> d.findElement(By.xpath("(//fieldset[@class='slot-day'])[3]//button")))
          .click();
      carolBrowser.waitForPath("/scheduling/my-appointments.xhtml?patient=" + patientId);
      assertThat(carolBrowser.text("acting-for")).isEqualTo("Acting for " + name);
      List<JsonObject> hers = own.get("/appointments").items();
      assertThat(hers).singleElement();
      long appointment = hers.get(0).getJsonNumber("id").longValue();
      assertThat(hers.get(0).getString("bookedBy")).isEqualTo("carol");

      carolBrowser.open("/home.xhtml");
      assertThat(carolBrowser.text("carerHome:appointments")).contains("Dr Wei Chen");

      carolBrowser.click("carerHome:medications:0:refill");
      carolBrowser.waitForText("carerHome:medications", "A refill request is waiting.");
      assertThat(own.get("/refill-requests").items()).singleElement();

      carolBrowser.click("carerHome:appointments:0:cancel");
      carolBrowser.click("confirm-yes");
      carolBrowser.waitForText("carerHome:appointments", "No upcoming appointments");
      assertThat(own.get("/appointments/" + appointment).json().getString("status"))
          .isEqualTo("CANCELLED");
    } finally {
      own.delete("/consents/" + grantId);
    }
  }
}
