package health.salus.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A small client for the Salus REST API of the server under test ({@code salus.baseUrl}): JSON in
 * and out, HTTP Basic when a user is given. Each test makes its own users with {@link #unique}.
 */
public final class Api {

  public static final String DEMO_PASSWORD = "Salus-demo-1";
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          // HTTP/1.1, not an h2c upgrade: one shared HTTP/2 connection that the server closes
          // fails every request in flight on it ("EOF reached while reading", seen in CI under
          // load), while a closed HTTP/1.1 keep-alive connection is retried by the client.
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String authorization;
  private final String forwardedFor;

  private Api(String authorization) {
    this(authorization, null);
  }

  private Api(String authorization, String forwardedFor) {
    this.authorization = authorization;
    this.forwardedFor = forwardedFor;
  }

  /**
   * This client as seen through the reverse proxy that the test server trusts (127.0.0.1, see
   * ear/pom.xml): requests carry {@code X-Forwarded-For: clientAddress}, so per-address limits
   * count them for that address and not for the rest of the suite.
   */
  public Api viaProxyFor(String clientAddress) {
    return new Api(authorization, clientAddress);
  }

  /** A fresh address from the benchmarking range 198.18.0.0/15 for {@link #viaProxyFor}. */
  public static String uniqueAddress() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    return "198."
        + (18 + random.nextInt(2))
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  /** The web application's base URL, such as {@code http://127.0.0.1:18080/salus}. */
  public static String baseUrl() {
    return System.getProperty("salus.baseUrl", "http://127.0.0.1:18080/salus");
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public static Api as(String username, String password) {
    return new Api(basic(username, password));
  }

  /** The HTTP Basic {@code Authorization} header of a username and password. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends this {@code Authorization} header as it is, such as a malformed one. */
  public static Api withAuthorization(String header) {
    return new Api(header);
  }

  /** A demo account with the demo password. */
  public static Api demo(String username) {
    return as(username, DEMO_PASSWORD);
  }

  public static Api admin() {
    return demo("admin");
  }

  /** A fresh lower-case username that no other test uses, such as {@code reg-3f9a1c2b}. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A password the policy accepts that contains no username. */
  public static String strongPassword() {
    return "Tangerine-orbit-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** A registration body for a new patient; change fields with {@link #with}. */
  public static JsonObject registration(String username, String password) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("password", password)
        .add("email", username + "@example.org")
        .add("fullName", "Test " + username)
        .add("birthDate", "1985-04-12")
        .build();
  }

  /** Registers a new patient and returns the created account ({@code id, username, patientId}). */
  public static JsonObject registerPatient(String username, String password) {
    Response created = anonymous().post("/auth/register", registration(username, password));
    if (created.status() != 201) {
      throw new AssertionError("registering " + username + " failed: " + created);
    }
    return created.json();
  }

  /** A username and password that can sign in. */
  public record Credentials(String username, String password) {}

  /** A newly registered patient (a unique username starting with {@code prefix}). */
  public static Credentials newPatient(String prefix) {
    Credentials patient = new Credentials(unique(prefix), strongPassword());
    registerPatient(patient.username(), patient.password());
    return patient;
  }

  /** A new staff account (a unique username starting with {@code prefix}) made by the admin. */
  public static Credentials newStaff(String prefix, String... roles) {
    Credentials staff = new Credentials(unique(prefix), strongPassword());
    JsonArrayBuilder roleNames = Json.createArrayBuilder();
    for (String role : roles) {
      roleNames.add(role);
    }
    Response created =
        admin()
            .post(
                "/admin/accounts",
                Json.createObjectBuilder()
                    .add("username", staff.username())
                    .add("fullName", "Staff " + staff.username())
                    .add("email", staff.username() + "@example.org")
                    .add("initialPassword", staff.password())
                    .add("roles", roleNames)
                    .build());
    if (created.status() != 201) {
      throw new AssertionError("creating " + staff.username() + " failed: " + created);
    }
    return staff;
  }

  /** The audit entries, newest first, that an administrator finds for an actor and action. */
  public static List<JsonObject> auditEntries(String actor, String action, String outcome) {
    return auditEntries(actor, action, outcome, null);
  }

  /** As {@link #auditEntries(String, String, String)}, about one patient (when not null). */
  public static List<JsonObject> auditEntries(
      String actor, String action, String outcome, Long patientId) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("actor", actor);
    parameters.put("action", action);
    parameters.put("outcome", outcome);
    if (patientId != null) {
      parameters.put("patientId", patientId);
    }
    parameters.put("size", 100);
    Response page = admin().get("/admin/audit" + query(parameters));
    if (page.status() != 200) {
      throw new AssertionError("audit search failed: " + page);
    }
    return page.items();
  }

  /** A copy of {@code object} with one field replaced, or removed when {@code value} is null. */
  public static JsonObject with(JsonObject object, String field, JsonValue value) {
    var builder = Json.createObjectBuilder(object);
    return value == null ? builder.remove(field).build() : builder.add(field, value).build();
  }

  public static JsonValue text(String value) {
    return Json.createValue(value);
  }

  /** A query string from name/value pairs, URL-encoded; nulls are left out. */
  public static String query(Map<String, ?> parameters) {
    return parameters.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "?", ""));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET that accepts {@code accept} (such as {@code text/calendar}) instead of JSON. */
  public Response get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Response post(String path, JsonStructure body) {
    return post(path, body.toString(), "application/json");
  }

  public Response post(String path) {
    return send(request(path).POST(BodyPublishers.noBody()));
  }

  public Response post(String path, String body, String contentType) {
    return send(
        request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
  }

  /** A POST of raw bytes (a file) sent as {@code contentType}. */
  public Response post(String path, byte[] body, String contentType) {
    return send(
        request(path).header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)));
  }

  /** A GET of a file: the status, the headers and the bytes as they came. */
  public Download download(String path) {
    HttpRequest request = request(path).setHeader("Accept", "*/*").GET().build();
    try {
      var answer = HTTP.send(request, BodyHandlers.ofByteArray());
      return new Download(answer.statusCode(), answer.headers().map(), answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A file's answer: status, headers and bytes. */
  public record Download(int status, Map<String, List<String>> headers, byte[] body) {

    public Optional<String> header(String name) {
      return new Response("", status, headers, "").header(name);
    }
  }

  public Response put(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(body.toString())));
  }

  /** Changes one field of the caller's profile, from the version just read: the PUT's answer. */
  public Response changeProfile(String field, String value) {
    JsonObject seen = get("/me/profile").json();
    return put(
        "/me/profile",
        Json.createObjectBuilder()
            .add("details", with(seen.getJsonObject("details"), field, text(value)))
            .add("version", seen.getJsonNumber("version").longValue())
            .build());
  }

  public Response put(String path) {
    return send(request(path).PUT(BodyPublishers.noBody()));
  }

  /**
   * The signed-in patient grants these categories to the grantee (by username) for {@code
   * validFor}, acting for them too when {@code actFor}: the new grant's id.
   */
  public long grant(String grantee, Duration validFor, boolean actFor, String... categories) {
    JsonArrayBuilder granted = Json.createArrayBuilder();
    for (String category : categories) {
      granted.add(category);
    }
    Response created =
        post(
            "/consents",
            Json.createObjectBuilder()
                .add("granteeUsername", grantee)
                .add("categories", granted)
                .add("validUntil", java.time.Instant.now().plus(validFor).toString())
                .add("actFor", actFor)
                .build());
    if (created.status() != 201) {
      throw new AssertionError("granting " + grantee + ": " + created);
    }
    return created.json().getJsonNumber("id").longValue();
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  private static Response send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      var answer = HTTP.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          request.method() + " " + request.uri(),
          answer.statusCode(),
          answer.headers().map(),
          answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers and body, with the body read as JSON on demand. */
  public record Response(
      String request, int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    /** The media type without parameters, such as {@code application/problem+json}. */
    public String mediaType() {
      return header("Content-Type").map(t -> t.split(";")[0].trim()).orElse("");
    }

    public JsonObject json() {
      return read().asJsonObject();
    }

    public JsonArray jsonArray() {
      return read().asJsonArray();
    }

    /**
     * The items of a paged list's {@code {items, total, page, size}}, after checking the shape:
     * {@code total} is a count and {@code items} holds at most {@code size} of them, as many as
     * page {@code page} of {@code total} can hold.
     */
    public List<JsonObject> items() {
      JsonObject page = json();
      List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
      long total = page.getJsonNumber("total").longValueExact();
      long size = page.getInt("size");
      long first = (long) page.getInt("page") * size;
      if (total < 0 || items.size() != Math.max(0, Math.min(size, total - first))) {
        throw new AssertionError("not a page of " + total + " items: " + this);
      }
      return items;
    }

    /**
     * The items of a paged list read while others change it: the count and the page are two
     * queries, so a row written between them may make them differ by that row. Checks only the
     * shape ({@code items} at most {@code size}, {@code total} a count).
     */
    public List<JsonObject> itemsWhileChanging() {
      JsonObject page = json();
      List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
      if (page.getJsonNumber("total").longValueExact() < 0 || items.size() > page.getInt("size")) {
        throw new AssertionError("not a page: " + this);
      }
      return items;
    }

    /** The {@code total} of a paged list's {@code {items, total, page, size}}. */
    public long total() {
      return json().getJsonNumber("total").longValueExact();
    }

    /** The fields named in a validation problem's {@code errors}. */
    public List<String> errorFields() {
      JsonObject problem = json();
      if (!problem.containsKey("errors") || problem.isNull("errors")) {
        return List.of();
      }
      return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
          .map(e -> e.getString("field", null))
          .toList();
    }

    private JsonValue read() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readValue();
      } catch (RuntimeException notJson) {
        throw new AssertionError("not JSON: " + this, notJson);
      }
    }

    @Override
    public String toString() {
      return request + " -> " + status + " " + mediaType() + " " + body;
    }
  }
}
