package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * The security headers on signed-in pages and API answers, and the attributes of the session cookie
 * that a sign-in gives.
 */
class SecurityHeadersIT {

  @RegisterExtension final Browser browser = new Browser();

  private static String header(HttpResponse<?> answer, String name) {
    return answer
        .headers()
        .firstValue(name)
        .orElseThrow(() -> new AssertionError("no " + name + " on " + answer.uri()));
  }

  @Test
  void aSignedInPageIsFramedByNoOneSniffedByNoOneAndNeverCached()
      throws IOException, InterruptedException {
    String username = Api.unique("headers");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("the session cookie").isNotNull();

    HttpResponse<String> home =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/home.xhtml"))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                BodyHandlers.ofString());

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Test " + username); // the signed-in page, not the login
    assertThat(home.headers().allValues("Content-Security-Policy"))
        .anySatisfy(
            policy ->
                assertThat(policy)
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .contains("form-action 'self'")
                    .contains("default-src 'self'"));
    assertThat(header(home, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(home, "X-Frame-Options")).isEqualTo("DENY");
    assertThat(header(home, "Referrer-Policy")).isEqualTo("same-origin");
    assertThat(header(home, "Cache-Control")).contains("no-store");
  }

  @Test
  void theSessionCookieIsHttpOnlySameSiteLaxAndForTheApplicationOnly() {
    String username = Api.unique("cookie");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);

    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");

    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("the session cookie").isNotNull();
    assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
    assertThat(session.getSameSite()).as("SameSite").isEqualTo("Lax");
    assertThat(session.getPath()).as("Path").isIn("/salus", "/salus/");
    assertThat(session.getExpiry()).as("a session cookie, gone with the browser").isNull();
    // Script on the page cannot read it.
    Object visible =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return document.cookie;");
    assertThat(String.valueOf(visible)).doesNotContain(session.getValue());
  }

  @Test
  void apiAnswersAllowNothingActiveAndAreNeverCached() {
    for (Response answer :
        new Response[] {
          Api.demo("alice").get("/me"), Api.anonymous().get("/me"), Api.anonymous().get("/health")
        }) {
      assertThat(answer.header("Content-Security-Policy"))
          .as(answer.request())
          .hasValueSatisfying(
              policy ->
                  assertThat(policy)
                      .contains("default-src 'none'")
                      .contains("frame-ancestors 'none'"));
      assertThat(answer.header("X-Content-Type-Options")).as(answer.request()).contains("nosniff");
      assertThat(answer.header("X-Frame-Options")).as(answer.request()).contains("DENY");
      assertThat(answer.header("Referrer-Policy")).as(answer.request()).contains("same-origin");
      assertThat(answer.header("Cache-Control"))
          .as(answer.request())
          .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
  }
}
