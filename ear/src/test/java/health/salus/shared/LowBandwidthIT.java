package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.PatientPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The light portal for a patient whose profile says the internet at home is limited or absent: no
 * icon font, no image and no pop-up messages are fetched or shown, as the browser's Performance API
 * counts what each page fetched; and a profile switched to good internet brings them back.
 */
class LowBandwidthIT {

  /** A file of an icon font or an image, by its name. */
  private static final String HEAVY =
      "(?i).*(\\.woff2?|\\.ttf|\\.eot|\\.otf|\\.svg|\\.png|\\.gif|\\.jpe?g|\\.webp|primeicons).*";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void alicesPagesFetchNoIconFontNoImageAndShowNoPopUps() {
    browser.signIn("alice", Api.DEMO_PASSWORD); // limited internet at home, as the demo has it
    browser.waitForPath("/home");

    List<Fetch> fetched = new ArrayList<>(printed(fetches()));
    long firstVisit = bytes(fetched);
    System.out.printf("alice, light, first page after signing in: %d B%n", firstVisit);
    assertLight();

    List<String> pages = new ArrayList<>(PatientPages.ALL);
    pages.add("/account/profile.xhtml");
    for (String path : pages) {
      browser.open(path);
      List<Fetch> page = printed(fetches());
      fetched.addAll(page);
      System.out.printf("alice, light, %s: %d B%n", path, bytes(page));
      assertLight();
    }
    assertThat(fetched)
        .as("what alice's pages fetched")
        .extracting(Fetch::name)
        .noneMatch(name -> name.matches(HEAVY));
  }

  @Test
  void aPatientWhoSwitchesToGoodInternetGetsTheFullWidgetsBack() {
    Api.Credentials account = Api.newPatient("light");
    String username = account.username();
    String password = account.password();
    Api patient = Api.as(username, password);
    setInternetAccess(patient, "LIMITED");

    browser.signIn(username, password);
    browser.waitForPath("/home");
    assertLight();
    browser.open("/account/profile.xhtml");
    assertThat(browser.text("internet-access-explained")).contains("Light pages are on");

    browser.click("profile:save"); // unchanged: the message shows in the page, announced
    browser.waitForText("page-messages", "Your profile has been saved");
    assertThat(browser.driver().findElements(By.cssSelector("#page-messages [role=status]")))
        .isNotEmpty();
    assertLight();

    new Select(browser.byId("profile:internetAccess")).selectByValue("GOOD");
    browser.click("profile:save");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15)) // a pop-up again
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(m -> m.getText().contains("Your profile has been saved")));

    assertThat(bodyClasses()).doesNotContain("light");
    assertThat(browser.exists("page-messages")).isFalse();
    assertThat(browser.text("internet-access-explained")).doesNotContain("Light pages are on");
    assertThat(stylesheets()).anyMatch(href -> href.contains("primeicons"));
    // The pop-up's icon comes from the icon font, which the browser now fetches.
    Fetch font =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
            .until(
                d ->
                    fetches().stream()
                        .filter(f -> f.name().contains("primeicons.woff"))
                        .findFirst()
                        .orElse(null));
    System.out.printf("good internet: the icon font came too, %d B%n", font.bytes());
  }

  private void assertLight() {
    assertThat(bodyClasses()).as("the body's classes").contains("light");
    assertThat(stylesheets()).as("the page's stylesheets").noneMatch(h -> h.contains("primeicons"));
    assertThat(browser.driver().findElements(By.cssSelector(".ui-growl, #growl")))
        .as("pop-up messages")
        .isEmpty();
  }

  private String bodyClasses() {
    return browser.driver().findElement(By.tagName("body")).getAttribute("class");
  }

  @SuppressWarnings("unchecked")
  private List<String> stylesheets() {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href);");
  }

  private static void setInternetAccess(Api patient, String access) {
    Api.Response saved = patient.changeProfile("internetAccess", access);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  private record Fetch(String name, long bytes) {}

  private static long bytes(List<Fetch> fetches) {
    return fetches.stream().mapToLong(Fetch::bytes).sum();
  }

  /** The page now shown and all it fetched, as the Performance API lists them. */
  @SuppressWarnings("unchecked")
  private List<Fetch> fetches() {
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".map(e => ({name: e.name, bytes: e.transferSize}));");
    return entries.stream()
        .map(e -> new Fetch((String) e.get("name"), ((Number) e.get("bytes")).longValue()))
        .toList();
  }

  private static List<Fetch> printed(List<Fetch> fetches) {
    fetches.forEach(f -> System.out.printf("  %7d B %s%n", f.bytes(), f.name()));
    return fetches;
  }
}
