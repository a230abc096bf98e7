package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.PageSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public pages hold no session and still carry their script nonce; their forms refuse posts
 * from other sites and change nothing then, while a post from the page itself works.
 */
class PublicPagesIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern TOKEN =
      Pattern.compile("name=\"salus-form-token\" value=\"([^\"]+)\"");
  private static final String EVIL = "https://evil.example";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/index.xhtml",
        "/login.xhtml",
        "/login.xhtml?next=%2Fhome.xhtml",
        "/register.xhtml",
        "/error/not-found.xhtml",
        "/no-such-page.xhtml"
      })
  void aPublicPageMakesNoSessionAndItsScriptsCarryTheNonceOfItsPolicy(String path)
      throws Exception {
    HttpResponse<String> page = get(path, Map.of());

    assertThat(page.statusCode()).isIn(200, 404);
    assertThat(sessionCookies(page.headers())).as("session cookies of %s", path).isEmpty();
    String nonce = nonce(page.headers());
    List<String> scripts = scripts(page.body());
    assertThat(scripts).isNotEmpty();
    assertThat(scripts).allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
  }

  @Test
  void eachViewGetsANonceOfItsOwn() throws Exception {
    assertThat(nonce(get("/login.xhtml", Map.of()).headers()))
        .isNotEqualTo(nonce(get("/login.xhtml", Map.of()).headers()));
  }

  @Test
  void aSignInPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() throws Exception {
    Form form = Form.open("/login.xhtml");

    HttpResponse<String> refused =
        form.post(login("alice", Api.DEMO_PASSWORD), Map.of("Origin", EVIL));

    assertRefused(refused);
    // The same post from the page itself signs in: only where it came from made the difference.
    HttpResponse<String> accepted = form.post(login("alice", Api.DEMO_PASSWORD), form.sameSite());
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(accepted.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/home.xhtml"));
    assertThat(sessionCookies(accepted.headers())).hasSize(1);
  }

  @Test
  void aSignInPostedWithoutTheFormTokenIsRefused() throws Exception {
    Form form = Form.open("/login.xhtml");
    Map<String, String> fields = login("alice", Api.DEMO_PASSWORD);

    // A site that does not say where the post comes from (older browsers, other clients) and has
    // no token: neither the cookie nor the field.
    assertRefused(form.postWithout(fields, true, true, Map.of()));
    // The field without the cookie (what another site could copy from its own visit).
    assertRefused(form.postWithout(fields, true, false, Map.of()));
    // The cookie without the field.
    assertRefused(form.postWithout(fields, false, true, Map.of()));
    // A token of another visit in the field.
    Form other = Form.open("/login.xhtml");
    fields.put("salus-form-token", other.token);
    assertRefused(form.post(fields, Map.of()));
    // A browser that says the post is cross-site.
    assertRefused(
        form.post(login("alice", Api.DEMO_PASSWORD), Map.of("Sec-Fetch-Site", "cross-site")));
  }

  @Test
  void aRegistrationPostedFromAnotherSiteIsRefusedAndMakesNoAccount() throws Exception {
    String username = Api.unique("csrf");
    String password = Api.strongPassword();
    Form form = Form.open("/register.xhtml");

    HttpResponse<String> refused =
        form.post(registration(username, password), Map.of("Origin", EVIL));

    assertRefused(refused);
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(401);

    HttpResponse<String> accepted = form.post(registration(username, password), form.sameSite());
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordFromThePageItselfShowsTheLoginPageAgainWithoutASession() throws Exception {
    String username = Api.unique("csrf");
    Api.registerPatient(username, Api.strongPassword());
    Form form = Form.open("/login.xhtml");

    HttpResponse<String> answer = form.post(login(username, "Not-the-password-1"), form.sameSite());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Wrong username or password");
    assertThat(sessionCookies(answer.headers())).isEmpty();
    String nonce = nonce(answer.headers());
    assertThat(scripts(answer.body()))
        .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
  }

  @Test
  void onPlainHttpTheCookiesAreNotSecureAndThereIsNoHsts() throws Exception {
    // The integration tests run on plain HTTP with SALUS_SECURE_TRANSPORT=false (see README).
    Form form = Form.open("/login.xhtml");
    HttpResponse<String> accepted = form.post(login("bob", Api.DEMO_PASSWORD), form.sameSite());

    assertThat(accepted.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(sessionCookies(accepted.headers()))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").doesNotContain("Secure"));
  }

  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(answer.body()).contains("This form was not accepted");
    assertThat(answer.headers().firstValue("Location")).isEmpty();
    assertThat(sessionCookies(answer.headers())).isEmpty();
  }

  private static Map<String, String> login(String username, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:next", "");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return fields;
  }

  private static Map<String, String> registration(String username, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("register", "register");
    fields.put("register:username", username);
    fields.put("register:fullName", "Cross " + username);
    fields.put("register:email", username + "@example.org");
    fields.put("register:birthDate", "1980-02-03");
    fields.put("register:password", password);
    fields.put("register:passwordConfirm", password);
    fields.put("register:submit", "");
    return fields;
  }

  /** A public form as a browser has it: its token (field and cookie) and its script nonce. */
  private record Form(String path, String token, String cookie, String nonce) {

    static Form open(String path) throws Exception {
      HttpResponse<String> page = get(path, Map.of());
      assertThat(page.statusCode()).isEqualTo(200);
      // Posts without token or cookie where the page has none: the posts below must then be
      // refused for where they come from, or signed in (a same-site post checks the token).
      Matcher token = TOKEN.matcher(page.body());
      String cookie =
          page.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("salus-form="))
              .map(c -> c.substring(0, c.indexOf(';')))
              .findFirst()
              .orElse(null);
      return new Form(
          path, token.find() ? token.group(1) : "", cookie, PublicPagesIT.nonce(page.headers()));
    }

    Map<String, String> sameSite() {
      URI base = URI.create(Api.baseUrl());
      return Map.of(
          "Origin",
          base.getScheme() + "://" + base.getAuthority(),
          "Sec-Fetch-Site",
          "same-origin");
    }

    HttpResponse<String> post(Map<String, String> fields, Map<String, String> headers)
        throws Exception {
      return postWithout(fields, false, false, headers);
    }

    HttpResponse<String> postWithout(
        Map<String, String> fields,
        boolean withoutCookie,
        boolean withoutField,
        Map<String, String> headers)
        throws Exception {
      Map<String, String> body = new LinkedHashMap<>(fields);
      body.put("jakarta.faces.ViewState", "stateless");
      body.put("primefaces.nonce", nonce);
      if (withoutField) {
        body.remove("salus-form-token");
      } else {
        body.putIfAbsent("salus-form-token", token);
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(BodyPublishers.ofString(PageSession.formBody(body)));
      if (!withoutCookie && cookie != null) {
        request.header("Cookie", cookie);
      }
      headers.forEach(request::header);
      return HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    headers.forEach(request::header);
    return HTTP.send(request.GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static List<String> sessionCookies(HttpHeaders headers) {
    return headers.allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .toList();
  }

  /** The nonce of the page's script policy; there must be exactly one. */
  private static String nonce(HttpHeaders headers) {
    List<String> nonces =
        headers.allValues("Content-Security-Policy").stream()
            .flatMap(policy -> POLICY_NONCE.matcher(policy).results().map(m -> m.group(1)))
            .distinct()
            .toList();
    assertThat(nonces).as("script nonces of the policy").hasSize(1);
    return nonces.get(0);
  }

  private static List<String> scripts(String body) {
    return SCRIPT.matcher(body).results().map(m -> m.group()).toList();
  }
}
