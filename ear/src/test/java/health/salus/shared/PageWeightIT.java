package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a patient on a slow connection downloads: the first visit to the login page, with nothing
 * cached, as the browser's Performance API counts it (bytes over the wire, headers included).
 */
class PageWeightIT {

  private static final long FIRST_VISIT_BUDGET = 300 * 1024;

  @RegisterExtension final Browser browser = new Browser();

  @Test
  @SuppressWarnings("unchecked")
  void theFirstVisitToTheLoginPageTransfersAtMost300Kilobytes() {
    browser.open("/login.xhtml");

    Map<String, Object> weight =
        (Map<String, Object>)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                    "const nav = performance.getEntriesByType('navigation')[0];"
                        + "const res = performance.getEntriesByType('resource');"
                        + "return {page: nav.transferSize,"
                        + " resources: res.reduce((s, r) => s + r.transferSize, 0),"
                        + " decoded: res.reduce((s, r) => s + r.decodedBodySize, 0),"
                        + " count: res.length};");
    long page = ((Number) weight.get("page")).longValue();
    long resources = ((Number) weight.get("resources")).longValue();
    long decoded = ((Number) weight.get("decoded")).longValue();

    System.out.printf(
        "Login page, first visit: page %d B, %s resources %d B over the wire (%d B unpacked)%n",
        page, weight.get("count"), resources, decoded);
    assertThat(resources).as("resources were fetched, not served from a cache").isPositive();
    assertThat(page + resources).isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
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
