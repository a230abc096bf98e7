package health.salus.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
 */
public final class Browser
    implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private WebDriver driver;
  private Path profile;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    profile = Files.createTempDirectory(target, "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
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
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    saveEvidence(context);
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
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
    return driver;
  }

  /** Opens a page of the application, such as {@code /login.xhtml}. */
  public void open(String path) {
    driver.get(Api.baseUrl() + path);
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(Api.baseUrl().length());
  }

  /** The element with this DOM id, once it is visible. */
  public WebElement byId(String id) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public boolean exists(String id) {
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
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
        .click();
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
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  /** Waits until the address bar shows a path that contains this text. */
  public void waitForPath(String fragment) {
    try {
      new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(fragment));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected a page at " + fragment + " but was " + driver.getCurrentUrl(), e);
    }
  }

  /** Waits until the element with this id contains this text. */
  public void waitForText(String id, String text) {
    try {
      // Reading while an Ajax update replaces the element fails that one read: read again.
      new WebDriverWait(driver, WAIT)
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
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

  /** Signs in through the login page. */
  public void signIn(String username, String password) {
    open("/login.xhtml");
    type("login:username", username);
    type("login:password", password);
    click("login:submit");
  }
}
