package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.PatientPages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Pages on a phone and with text enlarged: the menu folds behind one button, each page's heading is
 * on the first screen, and nothing scrolls sideways at 320 px (a 640 px window at 200 %).
 */
class SmallScreenIT {

  @RegisterExtension final Browser browser = new Browser();

  private Object script(String js, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js, arguments);
  }

  @Test
  void onAPhoneTheMenuFoldsBehindOneButtonAndEachHeadingIsOnTheFirstScreen() {
    browser.resize(375, 812);
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(script("return window.innerWidth")).isEqualTo(375L);

    for (String page : PatientPages.ALL) {
      browser.open(page);
      Number bottom =
          (Number)
              script("return document.querySelector('main h1').getBoundingClientRect().bottom");
      assertThat(bottom.doubleValue()).as("bottom of the heading of " + page).isLessThan(812);
    }

    WebElement button = browser.byId("menu-toggle");
    assertThat(button.getTagName()).isEqualTo("button");
    assertThat(button.getAttribute("aria-controls")).isEqualTo("menu-items");
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(browser.exists("menu-appointments")).isTrue();
    assertThat(browser.driver().findElement(By.id("menu-appointments")).isDisplayed())
        .as("menu items folded")
        .isFalse();

    // Without a mouse: Enter on the button opens the menu, Escape in it closes it again.
    button.sendKeys(Keys.ENTER);
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
    WebElement appointments = browser.byId("menu-appointments");
    appointments.sendKeys(Keys.ESCAPE);
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(appointments.isDisplayed()).isFalse();

    button.sendKeys(Keys.SPACE);
    browser.byId("menu-appointments").sendKeys(Keys.ENTER);
    browser.waitForPath("/scheduling/my-appointments.xhtml");
  }

  @Test
  void at320PixelsWideNoPageScrollsSideways() {
    browser.resize(320, 800);
    browser.open("/login.xhtml");
    assertNoSidewaysScrolling("/login.xhtml");
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertNoSidewaysScrolling("/home.xhtml");
    for (String page :
        List.of("/scheduling/my-appointments.xhtml", "/scheduling/find-practitioner.xhtml")) {
      browser.open(page);
      assertNoSidewaysScrolling(page);
    }
    String book = browser.byId("book-dr.chen").getAttribute("href");
    browser.open(book.substring(Api.baseUrl().length()));
    browser.waitForText("book-heading", "Dr Wei Chen");
    assertNoSidewaysScrolling("the booking page");
  }

  private void assertNoSidewaysScrolling(String page) {
    Number scroll = (Number) script("return document.documentElement.scrollWidth");
    Number client = (Number) script("return document.documentElement.clientWidth");
    assertThat(scroll.intValue())
        .as("width of " + page + " at " + client + " px wide")
        .isLessThanOrEqualTo(client.intValue() + 1);
  }
}
