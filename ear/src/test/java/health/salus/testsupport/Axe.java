package health.salus.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run on the page a browser shows. The engine is the npm
 * package at the version pinned in ear/pom.xml ({@code axe-core.version}), which the build fetches
 * into {@code target/} before the integration tests ({@code salus.axe} names the file).
 *
 * <p>A page fails on any violation of impact serious or critical; minor and moderate ones are
 * counted but let through.
 */
public final class Axe {

  private static final Set<String> FAILING = Set.of("serious", "critical");

  /** Runs axe on the document and answers its violations as a JSON array (a string). */
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']})
        .then(r => done(JSON.stringify({violations: r.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          targets: v.nodes.map(n => n.target.join(' '))}))})))
        .catch(e => done(JSON.stringify({error: String(e)})));
      """;

  /**
   * Waits (at most 5 s) until the page is at rest: no PrimeFaces request in flight and no finite
   * CSS transition or animation running. A button fades back from its disabled look after an Ajax
   * request, and a growl message fades in by jQuery (inline opacity over timers, which
   * document.getAnimations does not list); axe measuring colours half-way through would report a
   * contrast the user never sees for longer than a blink.
   */
  private static final String SETTLE =
      """
      const done = arguments[arguments.length - 1];
      const until = Date.now() + 5000;
      const busy = () =>
        (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue
          && !PrimeFaces.ajax.Queue.isEmpty())
        || (document.getAnimations && document.getAnimations().some(a =>
              a.playState === 'running' && a.effect
              && a.effect.getComputedTiming().iterations !== Infinity))
        || (window.jQuery && window.jQuery(':animated').length > 0);
      (function poll() {
        if (!busy() || Date.now() > until) { done(true); } else { setTimeout(poll, 50); }
      })();
      """;

  private static String source;

  private Axe() {}

  /** One rule broken on a page: its id, impact, help text and the elements (CSS selectors). */
  public record Violation(String id, String impact, String help, List<String> targets) {

    public boolean failing() {
      return FAILING.contains(impact);
    }

    @Override
    public String toString() {
      return impact + " " + id + ": " + help + "\n      at " + String.join("\n      at ", targets);
    }
  }

  /** The violations axe finds on the page the driver shows, of every impact. */
  public static List<Violation> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(source());
    }
    js.executeAsyncScript(SETTLE);
    Object answer = js.executeAsyncScript(RUN);
    JsonObject result;
    try (JsonReader reader = Json.createReader(new StringReader(String.valueOf(answer)))) {
      result = reader.readObject();
    }
    if (result.containsKey("error")) {
      throw new IllegalStateException("axe could not run: " + result.getString("error"));
    }
    return result.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
        .map(
            v ->
                new Violation(
                    v.getString("id"),
                    v.getString("impact", "unknown"),
                    v.getString("help") + " (" + v.getString("helpUrl") + ")",
                    v.getJsonArray("targets").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()))
        .toList();
  }

  /** The serious and critical ones among these violations, one readable paragraph each. */
  public static String describeFailing(String page, List<Violation> violations) {
    return violations.stream()
        .filter(Violation::failing)
        .map(v -> "  " + v)
        .collect(Collectors.joining("\n", page + ":\n", ""));
  }

  /** Fails when axe finds a serious or critical violation on the page the driver shows. */
  public static void assertAccessible(WebDriver driver, String page) {
    List<Violation> found = violations(driver);
    if (found.stream().anyMatch(Violation::failing)) {
      throw new AssertionError(
          "axe-core found serious or critical accessibility violations on "
              + describeFailing(page, found));
    }
  }

  private static synchronized String source() {
    if (source == null) {
      Path file =
          Path.of(
              System.getProperty("salus.axe", "target/axe-core/node_modules/axe-core/axe.min.js"));
      try {
        source = Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "no axe-core at " + file + ": the build fetches it with npm before the tests", e);
      }
    }
    return source;
  }
}
