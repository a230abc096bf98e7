package health.salus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In the browser: a patient books, sees, moves and cancels; a clinician runs the diary. */
class SchedulingJourneyIT {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @RegisterExtension final Browser browser = new Browser();

  private static List<JsonObject> appointmentsOf(Api api) {
    return api.get("/appointments?size=200").items();
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(browser.driver(), WAIT)
        .until(ExpectedConditions.elementToBeClickable(by));
  }

  private List<String> daysShown() {
    return browser.driver().findElements(By.cssSelector("fieldset.slot-day legend")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theBookingPageShowsOneWeekOfFreeTimesAndTheNextOnRequest() {
    browser.signIn("bob", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/scheduling/book.xhtml?practitioner=" + Scheduling.practitionerId("dr.chen"));
    browser.waitForText("book-heading", "Dr Wei Chen");

    List<String> thisWeek = daysShown();
    assertThat(thisWeek).isNotEmpty().hasSizeLessThanOrEqualTo(7);
    assertThat(browser.exists("booking:previous-week")).isFalse();

    browser.click("booking:next-week");
    browser.waitForPath("week=1");
    List<String> nextWeek = daysShown();
    assertThat(nextWeek).isNotEmpty().hasSizeLessThanOrEqualTo(7);
    assertThat(nextWeek).doesNotContainAnyElementsOf(thisWeek);
    assertThat(browser.exists("booking:previous-week")).isTrue();
  }

  @Test
  void aliceBooksAVideoConsultationSeesItMovesItAndCancelsIt() {
    Api alice = Api.demo("alice");
    Set<Long> before =
        appointmentsOf(alice).stream().map(Scheduling::id).collect(Collectors.toSet());

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-appointments");
    browser.waitForPath("/scheduling/my-appointments.xhtml");
    browser.click("book-new");
    browser.waitForPath("/scheduling/find-practitioner.xhtml");
    new Select(browser.byId("search:mode")).selectByValue("VIDEO");
    browser.click("search:submit");
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> d.findElement(By.id("book-dr.chen")).getAttribute("href").contains("mode=VIDEO"));
    browser.click("book-dr.chen");

    browser.waitForText("book-heading", "Dr Wei Chen");
    browser.type("booking:reason", "Follow-up of blood pressure by video");
    // The third day with free times lies well past the cancellation cut-off.
    waitFor(By.xpath("(//fieldset[@class='slot-day'])[3]//button[contains(@class,'slot-VIDEO')]"))
        .click();

    browser.waitForPath("/scheduling/my-appointments.xhtml");
    JsonObject booked =
        appointmentsOf(alice).stream()
            .filter(a -> !before.contains(Scheduling.id(a)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no new appointment"));
    long id = Scheduling.id(booked);
    assertThat(booked.getString("mode")).isEqualTo("VIDEO");
    assertThat(booked.getString("status")).isEqualTo("BOOKED");
    WebElement row = browser.byId("move-" + id).findElement(By.xpath("./ancestor::tr"));
    assertThat(row.getText()).contains("Dr Wei Chen", "Video", "Booked", "video room opens");

    browser.click("move-" + id);
    browser.waitForText("moving", "Choose a new time");
    waitFor(By.xpath("(//fieldset[@class='slot-day'])[4]//button[contains(@class,'slot-button')]"))
        .click();

    browser.waitForPath("/scheduling/my-appointments.xhtml");
    JsonObject moved = alice.get("/appointments/" + id).json();
    assertThat(moved.getString("status")).isEqualTo("BOOKED");
    assertThat(moved.getString("start")).isNotEqualTo(booked.getString("start"));

    String when =
        browser
            .byId("move-" + id)
            .findElement(By.xpath("./ancestor::tr//span[@class='when']"))
            .getText();
    browser
        .byId("move-" + id)
        .findElement(By.xpath("./following-sibling::*[contains(@class,'cancel-button')]"))
        .click();
    // The browser asks first; declining would send nothing.
    Alert question =
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.alertIsPresent());
    assertThat(question.getText()).contains("Cancel this appointment");
    question.accept();
    new WebDriverWait(browser.driver(), WAIT)
        .until(d -> d.findElements(By.id("move-" + id)).isEmpty());
    assertThat(alice.get("/appointments/" + id).json().getString("status")).isEqualTo("CANCELLED");
    // Upcoming lists only what will take place; the cancelled one is under "Past and cancelled".
    assertThat(browser.byId("appointments:upcoming").getText()).doesNotContain("Cancelled");
    assertThat(
            browser.byId("appointments:past").findElements(By.tagName("tr")).stream()
                .map(WebElement::getText))
        .anySatisfy(text -> assertThat(text).contains(when, "Dr Wei Chen", "Cancelled"));
  }

  @Test
  void aPatientSavesAnAppointmentToTheirCalendarAndTakesOutAFeedThenRevokesIt() throws Exception {
    Patient patient = Scheduling.newPatient();
    long appointment =
        Scheduling.id(
            Scheduling.booked(
                patient.api(), Scheduling.id(Scheduling.someFreeSlot("dr.okafor", "IN_PERSON"))));
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/scheduling/my-appointments.xhtml");

    // The appointment's calendar file: a plain link, and the file downloads.
    browser.click("ics-" + appointment);
    assertThat(Files.readString(browser.waitForDownload(".ics"))).contains("BEGIN:VEVENT");

    // A feed address, shown once, opens the calendar without signing in.
    browser.click("feed:feed-create");
    String feed =
        new WebDriverWait(browser.driver(), WAIT)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("feed:feed-url")))
            .getAttribute("value");
    assertThat(browser.text("feed-status")).startsWith("Your calendar feed is active since");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> read =
        http.send(HttpRequest.newBuilder(URI.create(feed)).build(), BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT");

    // Revoked, the address opens nothing and the page says there is no feed.
    browser.click("feed:feed-revoke");
    browser.waitForText("feed-status", "You have no calendar feed.");
    assertThat(browser.exists("feed:feed-url")).isFalse();
    assertThat(
            http.send(HttpRequest.newBuilder(URI.create(feed)).build(), BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void movingToAnotherPractitionersTimesOnThePageIsRefusedWithTheRule() {
    Patient patient = Scheduling.newPatient();
    long okafor = Scheduling.practitionerId("dr.okafor");
    JsonObject appointment =
        Scheduling.booked(
            patient.api(), Scheduling.id(Scheduling.someFreeSlot("dr.okafor", "IN_PERSON")));
    long id = Scheduling.id(appointment);

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open(
        "/scheduling/book.xhtml?move="
            + id
            + "&practitioner="
            + Scheduling.practitionerId("dr.patel"));

    browser.waitForText("booking:messages", "same practitioner");
    // Announced as an alert (the box of its severity carries the role, the list stays a list).
    assertThat(
            browser
                .byId("booking:messages")
                .findElement(By.className("ui-messages-error"))
                .getAttribute("role"))
        .isEqualTo("alert");
    browser.waitForText("moving", "Choose a new time");
    waitFor(By.xpath("(//fieldset[@class='slot-day'])[4]//button[contains(@class,'slot-button')]"))
        .click();
    browser.waitForPath("/scheduling/my-appointments.xhtml");
    JsonObject moved = patient.api().get("/appointments/" + id).json();
    assertThat(moved.getJsonNumber("practitionerId").longValue())
        .as("moved within dr.okafor's diary")
        .isEqualTo(okafor);
    assertThat(moved.getString("start")).isNotEqualTo(appointment.getString("start"));
    assertThat(moved.getString("status")).isEqualTo("BOOKED");
  }

  @Test
  void drChenSeesTodaysPatientInHisDiaryAndMarksTheArrival() {
    long chen = Scheduling.practitionerId("dr.chen");
    JsonObject session = Scheduling.sessionLaterToday(chen, "IN_PERSON", 9);
    try {
      Patient patient = Scheduling.newPatient();
      JsonObject appointment =
          Scheduling.booked(patient.api(), Scheduling.id(Scheduling.slotOf(chen, session)));
      String name = "Test " + patient.username();

      browser.signIn("dr.chen", Api.DEMO_PASSWORD);
      browser.waitForPath("/home.xhtml");
      browser.click("menu-diary");
      browser.waitForPath("/scheduling/diary.xhtml");
      assertThat(browser.byId("diary:calendar").isDisplayed()).isTrue();

      By arrive =
          By.xpath(
              "//tr[.//span[@class='patient' and normalize-space(.)='"
                  + name
                  + "']]//button[contains(@id,':arrive')]");
      waitFor(arrive).click();

      // The status cell, not the row: the row's own button is labelled "Arrived" too. The Ajax
      // update replaces the table while it is read: look again until the text is there.
      new WebDriverWait(browser.driver(), WAIT)
          .ignoring(WebDriverException.class)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.xpath(
                      "//tr[.//span[@class='patient' and normalize-space(.)='"
                          + name
                          + "']]//span[@class='status']"),
                  "Arrived"));
      assertThat(
              patient
                  .api()
                  .get("/appointments/" + Scheduling.id(appointment))
                  .json()
                  .getString("status"))
          .isEqualTo("ARRIVED");
    } finally {
      Scheduling.removeSession(chen, session);
    }
  }

  @Test
  void theFrontDeskFindsAPatientAndBooksForThem() {
    Patient patient = Scheduling.newPatient();
    String name = "Test " + patient.username();

    browser.signIn("desk.jones", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-bookings");
    browser.waitForPath("/scheduling/bookings.xhtml");
    browser.type("patients:name", patient.username());
    browser.click("patients:submit");
    browser.click("book-for-" + patient.patientId());
    browser.waitForPath("/scheduling/find-practitioner.xhtml");
    browser.click("book-physio.kim");
    browser.waitForText("book-heading", "Daniel Kim");
    browser.type("booking:reason", "Falls assessment");
    waitFor(By.xpath("(//fieldset[@class='slot-day'])[3]//button[contains(@class,'slot-button')]"))
        .click();

    browser.waitForPath("/scheduling/my-appointments.xhtml");
    List<JsonObject> booked = appointmentsOf(patient.api());
    assertThat(booked).hasSize(1);
    assertThat(booked.get(0).getString("bookedBy")).isEqualTo("desk.jones");
    assertThat(browser.byId("move-" + Scheduling.id(booked.get(0))).isDisplayed()).isTrue();
    assertThat(browser.driver().getPageSource()).doesNotContain(name + " error");
  }

  @Test
  void aClinicianSeesTheirAvailability() {
    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-availability");
    browser.waitForPath("/scheduling/availability.xhtml");

    assertThat(browser.text("templates:table")).contains("Monday", "09:00", "In person", "Video");
    assertThat(browser.exists("template:add")).isTrue();
    assertThat(browser.exists("away:add")).isTrue();
  }
}
