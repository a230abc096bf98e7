package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.PatientPages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * What a patient on a slow connection downloads, as the browser's Performance API counts it (bytes
 * over the wire, headers included): the first visit to the login page with nothing cached, each of
 * the patient's pages once scripts and styles are cached, and how long the login page takes on an
 * emulated slow 3G line.
 */
class PageWeightIT {

  private static final long FIRST_VISIT_BUDGET = 300 * 1024;
  private static final long LATER_PAGE_BUDGET = 30 * 1024;

  /** Chrome's emulation of a slow mobile connection: 750 kbit/s each way, 100 ms round trips. */
  private static final int SLOW_3G_BYTES_PER_SECOND = 750_000 / 8;

  /** Each test's first page is the first its browser ever loads: nothing cached anywhere. */
  @RegisterExtension final Browser browser = new Browser().newForEachTest();

  @Test
  void theFirstVisitToTheLoginPageTransfersAtMost300Kilobytes() {
    browser.open("/login.xhtml");

    Weight weight = weigh();
    System.out.printf(
        "Login page, first visit: page %d B, %d resources %d B over the wire (%d B unpacked)%n",
        weight.page(), weight.count(), weight.resources(), weight.decoded());
    assertThat(weight.resources())
        .as("resources were fetched, not served from a cache")
        .isPositive();
    assertThat(weight.page() + weight.resources()).isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
  }

  @Test
  void eachLaterPageOfThePatientTransfersAtMost30Kilobytes() {
    browser.signIn("alice", Api.DEMO_PASSWORD);
    PatientPages.ALL.forEach(browser::open); // scripts and styles are now in the cache

    for (String path : PatientPages.ALL) {
      browser.open(path);
      Weight weight = weigh();
      System.out.printf(
          "%s, scripts cached: page %d B, %d resources %d B over the wire%n",
          path, weight.page(), weight.count(), weight.resources());
      assertThat(weight.page() + weight.resources())
          .as(path)
          .isLessThanOrEqualTo(LATER_PAGE_BUDGET);
    }
  }

  @Test
  void onASlow3gConnectionTheLoginPageIsUsableWithin5Seconds() {
    ((HasNetworkConditions) browser.driver()).setNetworkConditions(slow3g());

    browser.open("/login.xhtml");

    long loaded =
        ((Number)
                ((JavascriptExecutor) browser.driver())
                    .executeScript(
                        "return performance.getEntriesByType('navigation')[0].loadEventEnd;"))
            .longValue();
    System.out.printf("Login page on slow 3G: loaded after %d ms%n", loaded);
    assertThat(weigh().resources()).as("resources came over the slow line").isPositive();
    assertThat(loaded).isPositive().isLessThanOrEqualTo(5_000);
  }

  private static ChromiumNetworkConditions slow3g() {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setLatency(Duration.ofMillis(100));
    conditions.setDownloadThroughput(SLOW_3G_BYTES_PER_SECOND);
    conditions.setUploadThroughput(SLOW_3G_BYTES_PER_SECOND);
    return conditions;
  }

  private record Weight(long page, long resources, long decoded, long count) {}

  /** What the page now shown cost over the wire, by the browser's Performance API. */
  @SuppressWarnings("unchecked")
  private Weight weigh() {
    Map<String, Object> weight =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const nav = performance.getEntriesByType('navigation')[0];"
                        + "const res = performance.getEntriesByType('resource');"
                        + "return {page: nav.transferSize,"
                        + " resources: res.reduce((s, r) => s + r.transferSize, 0),"
                        + " decoded: res.reduce((s, r) => s + r.decodedBodySize, 0),"
                        + " count: res.length};");
    return new Weight(
        ((Number) weight.get("page")).longValue(),
        ((Number) weight.get("resources")).longValue(),
        ((Number) weight.get("decoded")).longValue(),
        ((Number) weight.get("count")).longValue());
  }

  @Test
  void scriptsAndStylesAreCompressedButPagesAreNot() throws Exception {
    // HTTP/1.1 as browsers speak it over plain HTTP (no h2c upgrade).
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path :
        List.of(
            "/jakarta.faces.resource/components.js.xhtml?ln=primefaces",
            "/jakarta.faces.resource/components.css.xhtml?ln=primefaces")) {
      HttpResponse<byte[]> answer = get(http, path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
    }
    HttpResponse<byte[]> login = get(http, "/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Encoding"))
        .as("a page carries tokens: never compressed (BREACH)")
        .isEmpty();
  }

  private static HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
            .header("Accept-Encoding", "gzip")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
