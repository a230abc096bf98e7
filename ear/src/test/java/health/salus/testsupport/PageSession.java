package health.salus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A web page session over plain HTTP, without a browser: its own cookie jar, redirects not followed
 * (so that a test sees each 302 and 403), optionally as a client behind the trusted proxy ({@code
 * X-Forwarded-For}). Forms are filled from the page as served, hidden fields included.
 */
public final class PageSession {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern NONCE = Pattern.compile("\\snonce=\"([^\"]+)\"");
  private static final Pattern BUTTON =
      Pattern.compile("<button\\b[^>]*type=\"submit\"[^>]*>", Pattern.DOTALL);

  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private final String forwardedFor;
  private String acceptLanguage;

  private PageSession(String forwardedFor) {
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A session with no sign-in yet. */
  public static PageSession anonymous() {
    return new PageSession(null);
  }

  /** A session of a client behind the trusted proxy, whose address the proxy forwards. */
  public static PageSession forwardedFor(String clientAddress) {
    return new PageSession(clientAddress);
  }

  /** The names of the cookies this session holds. */
  public java.util.List<String> cookieNames() {
    return cookies.getCookieStore().getCookies().stream().map(c -> c.getName()).toList();
  }

  /** From now on the requests say they prefer this language ({@code Accept-Language}). */
  public PageSession acceptingLanguage(String acceptLanguage) {
    this.acceptLanguage = acceptLanguage;
    return this;
  }

  /** A session signed in on the login form; fails the test when the sign-in does not succeed. */
  public static PageSession signedIn(String username, String password) {
    PageSession session = anonymous();
    Answer answer = session.signIn(username, password);
    if (answer.status() / 100 != 3 || answer.location().contains("/login.xhtml")) {
      throw new AssertionError("signing in " + username + " failed: " + answer);
    }
    return session;
  }

  /** Fills in and sends the login form; answers what the server said to the POST. */
  public Answer signIn(String username, String password) {
    return submit("/login.xhtml", "login", Map.of("username", username, "password", password));
  }

  /**
   * Opens the page, fills in the (non-Ajax) form {@code formId} with {@code values} by field id
   * (without the form prefix) and presses its submit button.
   */
  public Answer submit(String page, String formId, Map<String, String> values) {
    Answer form = get(page);
    if (form.status() != 200) {
      throw new AssertionError("no form on " + page + ": " + form);
    }
    Map<String, String> fields = new LinkedHashMap<>(formFields(form.body(), formId));
    values.forEach((field, value) -> fields.put(formId + ":" + field, value));
    // What PrimeFaces' script adds to every form: the page's CSP nonce, checked on postback.
    Matcher nonce = NONCE.matcher(form.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    String body = formBody(fields);
    return send(
        request(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(body)));
  }

  /**
   * Posts a plain form (not a Faces form) from this site's page, as a browser does: {@code Origin}
   * is the site itself.
   */
  public Answer postForm(String path, Map<String, String> fields) {
    URI base = URI.create(Api.baseUrl());
    return postFormFrom(base.getScheme() + "://" + base.getAuthority(), path, fields);
  }

  /** Posts a plain form as a page of {@code origin} would (another site, say). */
  public Answer postFormFrom(String origin, String path, Map<String, String> fields) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(BodyPublishers.ofString(formBody(fields))));
  }

  /** Fields as an {@code application/x-www-form-urlencoded} body. */
  public static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A GET of a path under the web application (such as {@code /home.xhtml}), sent as it is. */
  public Answer get(String path) {
    return send(request(path).GET());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    if (acceptLanguage != null) {
      builder.header("Accept-Language", acceptLanguage);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      var answer = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          request.method() + " " + request.uri(),
          answer.statusCode(),
          answer.headers().firstValue("Location").orElse(""),
          answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * What a browser posts when one presses the submit button {@code name} of value {@code value} in
   * the form {@code formId} of a page as served: the form's named inputs (hidden ones included),
   * the page's script nonce as PrimeFaces adds it, and that button alone.
   */
  public static Map<String, String> pressing(
      String html, String formId, String name, String value) {
    Map<String, String> fields = inputs(form(html, formId));
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    fields.put(name, value);
    return fields;
  }

  /** The named inputs and the submit button of one form, with their values as served. */
  static Map<String, String> formFields(String html, String formId) {
    String form = form(html, formId);
    Map<String, String> fields = inputs(form);
    Matcher button = BUTTON.matcher(form);
    if (button.find() && attribute(button.group(), "name") != null) {
      fields.put(attribute(button.group(), "name"), "");
    }
    return fields;
  }

  private static String form(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("no form " + formId + " in the page");
    }
    return html.substring(start, html.indexOf("</form>", start));
  }

  private static Map<String, String> inputs(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(form);
    while (inputs.find()) {
      String tag = inputs.group();
      String name = attribute(tag, "name");
      if (name != null && !"checkbox".equals(attribute(tag, "type"))) {
        String value = attribute(tag, "value");
        fields.put(name, value == null ? "" : value);
      }
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find()
        ? m.group(1)
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
        : null;
  }

  /** What the server answered: status, where a redirect points, and the body. */
  public record Answer(String request, int status, String location, String body) {

    /** A redirect to the login page: the session is not (or no longer) signed in. */
    public boolean isSentToLogin() {
      return status / 100 == 3 && location.contains("/login.xhtml");
    }

    @Override
    public String toString() {
      String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
      return request + " -> " + status + (location.isEmpty() ? "" : " " + location) + " " + shown;
    }
  }
}
