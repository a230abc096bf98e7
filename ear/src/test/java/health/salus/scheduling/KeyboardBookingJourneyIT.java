package health.salus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Browser;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient books with the keyboard alone, from signing in to the booking on their list: Tab to
 * move, Enter and Space to press, arrow keys in a list. No click, and the focus is always seen.
 */
class KeyboardBookingJourneyIT {

  /** The most Tab presses from one control to the next one the journey uses. */
  private static final int MOST_TABS = 150;

  @RegisterExtension final Browser browser = new Browser();

  private void press(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private String focused() {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"));
  }

  /** Presses Tab until the element with this id has the focus; fails when it never does. */
  private void tabTo(String id) {
    for (int i = 0; i < MOST_TABS; i++) {
      press(Keys.TAB);
      if (id.equals(focused())) {
        assertFocusVisible(id);
        return;
      }
    }
    throw new AssertionError("Tab never reached #" + id + " (last focused: #" + focused() + ")");
  }

  /** The focused control shows a solid outline of at least 2 px (the style sheet's focus ring). */
  private void assertFocusVisible(String id) {
    @SuppressWarnings("unchecked")
    List<String> outline =
        (List<String>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const s = getComputedStyle(document.activeElement);"
                        + " return [s.outlineStyle, s.outlineWidth];");
    assertThat(outline.get(0)).as("outline style of the focused #" + id).isEqualTo("solid");
    assertThat(Double.parseDouble(outline.get(1).replace("px", "")))
        .as("outline width of the focused #" + id)
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPatientFindsAPractitionerAndBooksAVideoConsultationByKeyboardOnly() {
    Patient patient = Scheduling.newPatient();

    browser.open("/login.xhtml");
    tabTo("login:username");
    press(patient.username());
    tabTo("login:password");
    press(patient.password(), Keys.ENTER);
    browser.waitForPath("/home.xhtml");

    tabTo("menu-appointments");
    press(Keys.ENTER);
    browser.waitForPath("/scheduling/my-appointments.xhtml");
    tabTo("book-new");
    press(Keys.ENTER);
    browser.waitForPath("/scheduling/find-practitioner.xhtml");

    // The mode list: Any, In person, Video, Phone; two steps down is Video.
    tabTo("search:mode");
    press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertThat(browser.byId("search:mode").getAttribute("value")).isEqualTo("VIDEO");
    tabTo("search:submit");
    press(Keys.SPACE);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> d.findElement(By.id("book-dr.chen")).getAttribute("href").contains("mode=VIDEO"));
    tabTo("book-dr.chen");
    press(Keys.ENTER);

    browser.waitForText("book-heading", "Dr Wei Chen");
    tabTo("booking:reason");
    press("Blood pressure review");
    // The third day with free times lies well past the cancellation cut-off.
    String slot = "booking:days:2:times:0:choose";
    tabTo(slot);
    press(Keys.ENTER);

    browser.waitForPath("/scheduling/my-appointments.xhtml");
    List<JsonObject> booked = patient.api().get("/appointments?size=20").items();
    assertThat(booked).hasSize(1);
    assertThat(booked.get(0).getString("mode")).isEqualTo("VIDEO");
    assertThat(booked.get(0).getString("reason")).isEqualTo("Blood pressure review");
    long id = Scheduling.id(booked.get(0));
    WebElement row = browser.byId("move-" + id).findElement(By.xpath("./ancestor::tr"));
    assertThat(row.getText()).contains("Dr Wei Chen", "Video", "Booked");
    // The confirmation is announced politely (a status, not an alert).
    WebElement confirmation =
        browser
            .driver()
            .findElement(By.xpath("//*[@role='status'][contains(normalize-space(.), 'booked')]"));
    assertThat(confirmation.getText()).containsIgnoringCase("booked");
  }
}
