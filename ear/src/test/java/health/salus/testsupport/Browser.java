package health.salus.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for one test, as a JUnit 5 extension: register it with
 * {@code @RegisterExtension final Browser browser = new Browser();}. A failing test leaves a
 * screenshot and the page source in {@code salus.screenshots}. Only loopback hosts resolve, so the
 * pages cannot reach the internet.
 *
 * <p>The tests of one class take turns on one Chromium (for each language asked for): starting one
 * costs seconds, a busy machine's many. Between two tests it is wiped as a new one would be: other
 * windows closed, cookies, storage and the HTTP cache of every site cleared, network emulation off,
 * the window at its first size, the downloads folder emptied. A test that fails quits its Chromium,
 * so the next starts a new one; a test that must start from a browser that has never loaded a page
 * (a first visit's weight) asks for one of its own with {@link #newForEachTest()}.
 *
 * <p>Every step fails when it finds an error page (they keep the address and the layout, so a path
 * or a menu alone would not tell): opening a page, waiting for a path, an element or a text,
 * clicking, reading. A test that means to reach an error page says so with {@link
 * #openExpectingError}.
 *
 * <p>Every page arrived at (opened, or waited for by its path) is checked with axe-core ({@link
 * Axe}): a serious or critical accessibility violation fails the test.
 */
public final class Browser
    implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

  private static final Duration WAIT = Duration.ofSeconds(15);

  /** The marker that the error pages' template puts on their main element. */
  private static final By ERROR_PAGE = By.cssSelector("[data-error-page]");

  private static final ExtensionContext.Namespace CHROMIUMS =
      ExtensionContext.Namespace.create(Browser.class);

  private static final Dimension WINDOW = new Dimension(1280, 900);

  private WebDriver driver;
  private Chromium chromium;
  private Path downloads;
  private String language;

  /**
   * Whether each page arrived at is checked with axe-core: in every test, but for the journeys
   * (*JourneyIT) in the MariaDB half of the suite, which repeat the same pages from the same code
   * as in the H2 half ({@code salus.axeOnJourneys}, ear/pom.xml). A page test runs in one half
   * only, and is checked there.
   */
  private boolean axeOnArrival = true;

  private static final boolean AXE_ON_JOURNEYS =
      Boolean.parseBoolean(System.getProperty("salus.axeOnJourneys", "true"));

  private boolean ownChromium;

  /** The store of the test class, where its Chromiums wait between tests. */
  private ExtensionContext.Store classStore;

  /** The pages already checked by axe in this test (address and title), so each runs once. */
  private final Set<String> checked = new HashSet<>();

  /**
   * Asks for pages in this language (Accept-Language, such as {@code zh-CN}) instead of Chromium's
   * own; before the first page only.
   */
  public void useLanguage(String language) {
    if (driver != null) {
      throw new IllegalStateException("the browser has started already");
    }
    this.language = language;
  }

  /** Starts a Chromium of this test's own, quit after it, instead of the class's shared one. */
  public Browser newForEachTest() {
    ownChromium = true;
    return this;
  }

  /**
   * Leaves the accessibility check of the pages arrived at to the test, which runs {@link Axe}
   * itself (to report every page before failing).
   */
  public void leaveAccessibilityToTheTest() {
    axeOnArrival = false;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // The browser starts (or is taken from the class's store) at its first use.
    ExtensionContext forClass = context;
    while (forClass.getTestMethod().isPresent() && forClass.getParent().isPresent()) {
      forClass = forClass.getParent().get();
    }
    classStore = forClass.getStore(CHROMIUMS);
    if (!AXE_ON_JOURNEYS && context.getRequiredTestClass().getSimpleName().endsWith("JourneyIT")) {
      axeOnArrival = false;
    }
  }

  /** One Chromium, its driver and its profile folder; quit when its test class ends. */
  private record Chromium(WebDriver driver, Path profile, Path downloads)
      implements ExtensionContext.Store.CloseableResource {

    @Override
    public void close() throws IOException {
      try {
        driver.quit();
      } finally {
        try (var files = Files.walk(profile)) {
          files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
    }

    /** Wipes what the last test left, as a new Chromium would have nothing of it. */
    void wipe() throws IOException {
      List<String> windows = List.copyOf(driver.getWindowHandles());
      for (String window : windows.subList(1, windows.size())) {
        driver.switchTo().window(window).close();
      }
      driver.switchTo().window(windows.get(0));
      driver.get("about:blank");
      ChromeDriver chrome = (ChromeDriver) driver;
      chrome.executeCdpCommand("Network.enable", Map.of());
      chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
      chrome.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of(
              "origin",
              java.net.URI.create(Api.baseUrl()).resolve("/").toString().replaceAll("/$", ""),
              "storageTypes",
              "all"));
      chrome.executeCdpCommand("Network.disable", Map.of());
      try {
        chrome.deleteNetworkConditions();
      } catch (WebDriverException noneWereSet) {
        // nothing to switch off
      }
      driver.manage().window().setSize(WINDOW);
      try (var files = Files.list(downloads)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private String storeKey() {
    return "chromium " + (language == null ? "" : language);
  }

  private void start() throws IOException {
    if (!ownChromium && classStore != null) {
      Chromium waiting = classStore.get(storeKey(), Chromium.class);
      if (waiting != null) {
        use(waiting);
        return;
      }
    }
    Path target = Path.of(System.getProperty("salus.target", "target"));
    Files.createDirectories(target);
    Path profile = Files.createTempDirectory(target, "chromium-profile-");
    downloads = Files.createDirectories(profile.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("plugins.always_open_pdf_externally", true);
    if (language != null) {
      prefs.put("intl.accept_languages", language);
    }
    options.setExperimentalOption("prefs", prefs);
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(WINDOW);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    chromium = new Chromium(driver, profile, downloads);
    if (!ownChromium && classStore != null) {
      classStore.put(storeKey(), chromium);
    }
  }

  private void use(Chromium waiting) {
    chromium = waiting;
    driver = waiting.driver();
    downloads = waiting.downloads();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    saveEvidence(context);
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (chromium == null) {
      return;
    }
    Chromium used = chromium;
    chromium = null;
    driver = null;
    boolean shared = !ownChromium && classStore != null;
    if (shared && context.getExecutionException().isEmpty()) {
      try {
        used.wipe();
        return;
      } catch (WebDriverException | IOException notWiped) {
        System.err.println("Chromium not wiped, quit instead: " + notWiped);
      }
    }
    if (shared) {
      classStore.remove(storeKey(), Chromium.class);
    }
    used.close();
  }

  private void saveEvidence(ExtensionContext context) {
    if (driver == null) {
      return;
    }
    try {
      Path dir = Path.of(System.getProperty("salus.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      String name =
          (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName())
              .replaceAll("[^A-Za-z0-9._-]+", "_");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot: " + e);
    }
  }

  public WebDriver driver() {
    if (driver == null) {
      try {
        start();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return driver;
  }

  /**
   * Opens a page of the application, such as {@code /login.xhtml}; fails on an error page or on a
   * serious accessibility violation.
   */
  public void open(String path) {
    driver().get(Api.baseUrl() + path);
    failOnErrorPage("opening " + path);
    checkAccessibility();
  }

  /**
   * Fails when axe-core finds a serious or critical violation on the page arrived at, once it has
   * loaded; each address (and title) once a test.
   */
  private void checkAccessibility() {
    if (!axeOnArrival) {
      return;
    }
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    String url = driver.getCurrentUrl();
    if (url.startsWith(Api.baseUrl()) && checked.add(url + " " + driver.getTitle())) {
      Axe.assertAccessible(driver, url.substring(Api.baseUrl().length()));
    }
  }

  /** The page as it is now, scrolled whole, as a PNG file (Chromium's own capture). */
  public void saveFullPageScreenshot(Path file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            ((ChromeDriver) driver).executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    @SuppressWarnings("unchecked")
    Map<String, Object> shot =
        (Map<String, Object>)
            ((ChromeDriver) driver)
                .executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                            "x",
                            0,
                            "y",
                            0,
                            "width",
                            ((Number) size.get("width")).doubleValue(),
                            "height",
                            ((Number) size.get("height")).doubleValue(),
                            "scale",
                            1)));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Resizes the browser's window (the viewport of a headless browser) to this CSS size. */
  public void resize(int width, int height) {
    driver().manage().window().setSize(new Dimension(width, height));
  }

  /**
   * Opens a page that should answer with the error page of this key ({@code forbidden}, {@code
   * notFound}, {@code expired}, {@code server}); returns its heading.
   */
  public String openExpectingError(String path, String errorKey) {
    driver().get(Api.baseUrl() + path);
    WebElement page;
    try {
      page =
          new WebDriverWait(driver, WAIT)
              .until(ExpectedConditions.presenceOfElementLocated(ERROR_PAGE));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected the error page '" + errorKey + "' at " + path + " but found none", e);
    }
    String key = page.getAttribute("data-error-page");
    if (!errorKey.equals(key)) {
      throw new AssertionError(
          "expected the error page '" + errorKey + "' at " + path + " but it was '" + key + "'");
    }
    checkAccessibility();
    return driver.findElement(By.id("error-title")).getText();
  }

  /** The path after the base URL; fails on an error page. */
  public String currentPath() {
    failOnErrorPage("reading the address");
    return driver.getCurrentUrl().substring(Api.baseUrl().length());
  }

  /** The element with this DOM id, once it is visible. */
  public WebElement byId(String id) {
    return until("waiting for #" + id, ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /** Whether an element with this id is on the page (which must not be an error page). */
  public boolean exists(String id) {
    driver();
    failOnErrorPage("looking for #" + id);
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text(String id) {
    return byId(id).getText();
  }

  public void type(String id, String value) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(value);
  }

  public void click(String id) {
    clickPastMessages(until("clicking #" + id, ExpectedConditions.elementToBeClickable(By.id(id))));
  }

  /**
   * Clicks the element; when a growl message lies over it (the growl sits in the top right corner,
   * over the menu of a wide screen, for some seconds), closes the messages first, as a user would
   * with their close button, and clicks again. Any other element in the way fails the click.
   */
  private void clickPastMessages(WebElement element) {
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      if (!String.valueOf(covered.getMessage()).contains("ui-growl")) {
        throw covered;
      }
      ((JavascriptExecutor) driver)
          .executeScript(
              "document.querySelectorAll('.ui-growl-item-container')"
                  + ".forEach(function (m) { m.remove(); });");
      element.click();
    }
  }

  /** Clicks the button whose visible text is this, such as "Sign out". */
  public void clickButton(String text) {
    By button =
        By.xpath(
            "//button[normalize-space(.)='"
                + text
                + "'] | //input[@type='submit' and @value='"
                + text
                + "']");
    clickPastMessages(
        until(
            "clicking the button '" + text + "'", ExpectedConditions.elementToBeClickable(button)));
  }

  /** Waits until the address bar shows a path that contains this text (and no error page). */
  public void waitForPath(String fragment) {
    try {
      until("waiting for " + fragment, ExpectedConditions.urlContains(fragment));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected a page at " + fragment + " but was " + driver.getCurrentUrl(), e);
    }
    failOnErrorPage("arriving at " + fragment);
    checkAccessibility();
  }

  /** Waits until the element with this id contains this text. */
  public void waitForText(String id, String text) {
    try {
      // Reading while an Ajax update replaces the element fails that one read: read again.
      new WebDriverWait(driver(), WAIT)
          .ignoring(WebDriverException.class)
          .until(
              guarded(
                  "waiting for '" + text + "' in #" + id,
                  ExpectedConditions.textToBePresentInElementLocated(By.id(id), text)));
    } catch (org.openqa.selenium.TimeoutException e) {
      List<WebElement> found = driver.findElements(By.id(id));
      throw new AssertionError(
          "expected '"
              + text
              + "' in #"
              + id
              + " but it was "
              + (found.isEmpty() ? "missing" : "'" + found.get(0).getText() + "'"),
          e);
    }
  }

  /**
   * Waits until nothing on the page matches this locator, such as a row an Ajax update removes.
   * Reading while the update replaces the nodes fails that one read: read again.
   */
  public void waitUntilGone(By locator) {
    try {
      new WebDriverWait(driver(), WAIT)
          .ignoring(WebDriverException.class)
          .until(
              guarded("waiting for " + locator + " to go", d -> d.findElements(locator).isEmpty()));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("still on " + currentPath() + ": " + locator, e);
    }
  }

  /**
   * Waits until this element has left the page, such as the old page's {@code html} after a
   * navigation. Chromium answers a question about a node of a document it has left either as stale
   * or with "does not belong to the document": both mean gone.
   */
  public void waitUntilStale(WebElement element) {
    try {
      new WebDriverWait(driver(), WAIT)
          .until(
              d -> {
                try {
                  element.isEnabled();
                  return false;
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                  return true;
                } catch (WebDriverException e) {
                  if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                  }
                  throw e;
                }
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the page was not replaced: still " + currentPath(), e);
    }
  }

  /** Waits until the page's growl shows a message that contains this text. */
  public void waitForGrowl(String text) {
    try {
      new WebDriverWait(driver(), WAIT)
          .ignoring(WebDriverException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector(".ui-growl-message")).stream()
                      .anyMatch(m -> m.getText().contains(text)));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no message '" + text + "' on " + currentPath(), e);
    }
  }

  /**
   * Waits for a finished download whose name ends with this suffix (such as {@code .pdf}) and
   * returns it.
   */
  public Path waitForDownload(String suffix) {
    try {
      return new WebDriverWait(driver(), Duration.ofSeconds(30))
          .until(
              d -> {
                failOnErrorPage("downloading a " + suffix + " file");
                try (var files = Files.list(downloads)) {
                  return files
                      .filter(f -> f.getFileName().toString().endsWith(suffix))
                      .findFirst()
                      .orElse(null);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      String[] found = downloads.toFile().list();
      throw new AssertionError(
          "no " + suffix + " download; the download folder holds " + List.of(found), e);
    }
  }

  /**
   * Presses the language switch of the page shown and waits for the page it posts back to (the same
   * address, so a wait for the path alone would pass before the switch took effect).
   */
  public void switchLanguage() {
    WebElement before = driver().findElement(By.tagName("html"));
    driver.findElement(By.cssSelector("#language button[name=lang]")).click();
    waitUntilStale(before);
  }

  /** Signs in through the login page. */
  public void signIn(String username, String password) {
    open("/login.xhtml");
    type("login:username", username);
    type("login:password", password);
    click("login:submit");
  }

  private <T> T until(String step, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver(), WAIT).until(guarded(step, condition));
  }

  /** The condition, failing at once when the page is an error page. */
  private <T> Function<WebDriver, T> guarded(String step, Function<WebDriver, T> condition) {
    return d -> {
      failOnErrorPage(step);
      return condition.apply(d);
    };
  }

  /** Fails the step with the error page's key and heading when the page is an error page. */
  private void failOnErrorPage(String step) {
    Optional<String> key;
    String heading;
    try {
      List<WebElement> marks = driver().findElements(ERROR_PAGE);
      if (marks.isEmpty()) {
        return;
      }
      key = Optional.ofNullable(marks.get(0).getAttribute("data-error-page"));
      List<WebElement> title = driver.findElements(By.id("error-title"));
      heading = title.isEmpty() ? "" : title.get(0).getText();
    } catch (WebDriverException replacedMeanwhile) {
      return; // the page changed while it was read: the next check reads the new one
    }
    throw new AssertionError(
        step
            + " landed on the error page '"
            + key.orElse("?")
            + "' (\""
            + heading
            + "\") at "
            + driver.getCurrentUrl());
  }
}
