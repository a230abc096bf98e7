package health.salus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In the browser: a patient's notifications, read one by one or all at once. */
class InboxPageIT {

  @RegisterExtension final Browser browser = new Browser();

  private List<WebElement> notices(String state) {
    return browser.driver().findElements(By.cssSelector("li.notification." + state));
  }

  @Test
  void aPatientSeesTheirNoticesAndMarksThemRead() {
    String username = Api.unique("inbox");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api patient = Api.as(username, password);
    String patel =
        Appointments.bookSomeSlot(patient, "dr.patel", "IN_PERSON").getString("practitionerName");
    String okafor =
        Appointments.bookSomeSlot(patient, "dr.okafor", "VIDEO").getString("practitionerName");
    assertThat(patient.get("/me/notifications").json().getInt("unread")).isEqualTo(2);

    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");
    browser.waitForText("menu-notifications", "2");
    browser.click("menu-notifications");
    browser.waitForPath("/notification/inbox.xhtml");

    assertThat(notices("unread")).hasSize(2);
    assertThat(browser.driver().findElements(By.className("notification-title")))
        .extracting(WebElement::getText)
        .containsOnly("Appointment booked");
    assertThat(browser.driver().findElements(By.className("notification-body")))
        .extracting(WebElement::getText)
        .anySatisfy(body -> assertThat(body).contains(patel))
        .anySatisfy(body -> assertThat(body).contains(okafor));

    notices("unread")
        .get(0)
        .findElement(By.xpath(".//button[normalize-space(.)='Mark as read']"))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> notices("unread").size() == 1 && notices("read").size() == 1);
    assertThat(browser.currentPath()).startsWith("/notification/inbox.xhtml");
    assertThat(patient.get("/me/notifications").json().getInt("unread")).isEqualTo(1);

    browser.click("inbox:markAllRead");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> notices("unread").isEmpty() && notices("read").size() == 2);
    assertThat(patient.get("/me/notifications").json().getInt("unread")).isZero();
  }
}
