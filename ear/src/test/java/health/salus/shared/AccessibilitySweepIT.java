package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of every demo role, and the public and error pages, checked with axe-core in one
 * browser: the test fails on any serious or critical violation and lists them all. Each page is
 * kept as a full-page screenshot in {@code target/screenshots/<language>/<role>-<page>.png}, for
 * reviewers who do not run the portal.
 *
 * <p>The pages are those the role's menu offers (read from the page, so a new menu item is swept
 * without a change here), the header's inbox, and the pages reached from them that no menu names.
 */
class AccessibilitySweepIT {

  /** Every demo role, one account each (README, "Demo accounts"). */
  private static final List<String> ACCOUNTS =
      List.of(
          "alice", "carol", "dr.chen", "edu.nguyen", "cm.smith", "mod.lee", "desk.jones", "admin");

  /**
   * Pages that the menus do not name but a role reaches: the booking path, two-step sign-in, a new
   * message, the crisis-support contacts, the literacy screen, asking a health educator.
   */
  private static final List<String> PATIENT_PAGES =
      List.of(
          "/scheduling/find-practitioner.xhtml",
          "/account/mfa.xhtml",
          "/messaging/new.xhtml",
          "/community/support.xhtml",
          "/education/screening.xhtml",
          "/education/ask.xhtml");

  @RegisterExtension final Browser browser = new Browser();

  private final List<String> failures = new ArrayList<>();
  private final List<String> counts = new ArrayList<>();
  private Path screenshots;
  private Duration inAxe = Duration.ZERO;
  private Duration inScreenshots = Duration.ZERO;

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en-AU", "zh-CN"})
  void everyPageOfEveryRolePassesAxe(String language) throws IOException {
    Instant started = Instant.now();
    browser.useLanguage(language);
    browser.leaveAccessibilityToTheTest();
    screenshots =
        Path.of(System.getProperty("salus.sweep.screenshots", "target/screenshots"))
            .resolve(language.split("-")[0].toLowerCase(Locale.ROOT));

    sweep("anonymous", "/index.xhtml");
    sweep("anonymous", "/login.xhtml");
    assertThat(pageLanguage()).as("the visitor's pages follow the browser").isEqualTo(language);
    sweep("anonymous", "/register.xhtml");
    sweepError("anonymous", "/no-such-page.xhtml", "notFound");

    for (String account : ACCOUNTS) {
      browser.signIn(account, Api.DEMO_PASSWORD);
      browser.waitForPath("/home.xhtml");
      // A signed-in user's pages follow the profile (English for the demo accounts): the switch
      // sets it, and is set back afterwards.
      String ownLanguage = pageLanguage();
      try {
        switchLanguageTo(language);
        sweepAccount(account);
      } finally {
        switchLanguageTo(ownLanguage);
      }
      browser.driver().manage().deleteAllCookies();
    }

    Duration took = Duration.between(started, Instant.now());
    System.out.printf(
        "Accessibility sweep (%s), %d pages in %d s (axe %d s, screenshots %d s);"
            + " serious+critical / all violations:%n  %s%n",
        language,
        counts.size(),
        took.toSeconds(),
        inAxe.toSeconds(),
        inScreenshots.toSeconds(),
        String.join("\n  ", counts));
    assertThat(failures).as("serious or critical accessibility violations (axe-core)").isEmpty();
  }

  private void sweepAccount(String account) throws IOException {
    sweep(account, "/home.xhtml");
    for (String page : pagesOffered()) {
      sweep(account, page);
    }
    if (account.equals("edu.nguyen")) {
      // Authoring: a programme and a lesson with its readability table (English and Chinese).
      String programme = firstLinkedPage("/education/author/programmes.xhtml", "a[id^='edit-']");
      sweep(account, programme);
      sweep(account, firstLinkedPage(programme, "a[id^='lesson-']"));
      sweep(account, firstLinkedPage("/messaging/threads.xhtml", "a[id^='thread-']"));
    }
    if (account.equals("cm.smith")) {
      sweep(account, firstLinkedPage("/casework/caseload.xhtml", "#cases a[id^='case-']"));
    }
    if (account.equals("alice")) {
      for (String page : PATIENT_PAGES) {
        sweep(account, page);
      }
      sweep(account, bookingPageOf("dr.chen"));
      String programme = firstLinkedPage("/education/programmes.xhtml", "#progress a");
      sweep(account, programme);
      sweep(account, firstLinkedPage(programme, "a[id^='lesson-']"));
      sweep(account, firstLinkedPage("/messaging/threads.xhtml", "a[id^='thread-']"));
      sweep(account, firstLinkedPage("/casework/my-cases.xhtml", "#my-cases a[id^='my-case-']"));
      sweepError(account, "/admin/users.xhtml", "forbidden");
    }
  }

  /** The page the first link matching the selector on this page leads to (a case, say). */
  private String firstLinkedPage(String page, String selector) {
    browser.open(page);
    String href = browser.driver().findElement(By.cssSelector(selector)).getAttribute("href");
    return href.substring(Api.baseUrl().length());
  }

  private String pageLanguage() {
    return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Chooses this language with the switch every page carries, unless the page is in it. */
  private void switchLanguageTo(String language) {
    browser.open("/home.xhtml");
    if (!pageLanguage().equals(language)) {
      browser.switchLanguage();
      browser.waitForPath("/home.xhtml");
    }
    assertThat(pageLanguage()).as("the page's language after the switch").isEqualTo(language);
  }

  /** The pages the menu and the header offer the signed-in role, in menu order. */
  private Set<String> pagesOffered() {
    Set<String> pages = new LinkedHashSet<>();
    for (WebElement link :
        browser.driver().findElements(By.cssSelector("#menu a[href], a#menu-notifications"))) {
      String href = link.getAttribute("href");
      if (href.startsWith(Api.baseUrl())) {
        pages.add(href.substring(Api.baseUrl().length()).replaceAll(";jsessionid=[^?]*", ""));
      }
    }
    pages.remove("/home.xhtml");
    return pages;
  }

  private String bookingPageOf(String username) {
    browser.open("/scheduling/find-practitioner.xhtml");
    String href = browser.byId("book-" + username).getAttribute("href");
    return href.substring(Api.baseUrl().length());
  }

  private void sweep(String role, String page) throws IOException {
    browser.open(page);
    check(role, page);
  }

  private void sweepError(String role, String page, String errorKey) throws IOException {
    browser.openExpectingError(page, errorKey);
    check(role, "/error-" + errorKey);
  }

  private void check(String role, String page) throws IOException {
    String name = role + "-" + page.replaceAll("\\?.*", "").replaceAll("\\.xhtml$", "");
    name = name.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-+", "-");
    Instant start = Instant.now();
    List<Axe.Violation> found = Axe.violations(browser.driver());
    inAxe = inAxe.plus(Duration.between(start, Instant.now()));
    long failing = found.stream().filter(Axe.Violation::failing).count();
    counts.add(String.format("%-45s %2d / %2d", name, failing, found.size()));
    if (failing > 0) {
      failures.add(Axe.describeFailing(role + " " + page, found));
    }
    start = Instant.now();
    browser.saveFullPageScreenshot(screenshots.resolve(name + ".png"));
    inScreenshots = inScreenshots.plus(Duration.between(start, Instant.now()));
  }
}
