package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's own OpenAPI document at {@code /salus/api/v1/openapi}: served to anyone as JSON or
 * YAML, cacheable, a valid OpenAPI 3 document, and good enough to call the API with a client that
 * knows nothing but the document — whose answers then match the document's schemas.
 */
class OpenApiIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static Response document;
  private static OpenAPI api;
  private static DocumentClient client;

  @BeforeAll
  static void fetch() {
    document = Api.anonymous().get("/openapi");
    assertThat(document.status()).as(document.request()).isEqualTo(200);
    api = parse(document.body());
    client = new DocumentClient(api, document.body());
  }

  @Test
  void theDocumentIsPublicValidOpenApi3AndCacheable() throws Exception {
    assertThat(document.mediaType()).isEqualTo("application/json");
    assertThat(api.getOpenapi()).startsWith("3.");
    assertThat(api.getInfo().getTitle()).isEqualTo("Salus API");
    assertThat(document.json()).doesNotContainKey("endpoints");
    SecurityScheme basic = api.getComponents().getSecuritySchemes().values().iterator().next();
    assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(basic.getScheme()).isEqualTo("basic");

    String tag = document.header("ETag").orElseThrow();
    assertThat(document.header("Cache-Control").orElseThrow()).contains("max-age");
    HttpResponse<String> unchanged =
        send(request("/openapi").header("If-None-Match", tag).GET().build());
    assertThat(unchanged.statusCode()).isEqualTo(304);

    Response yaml = Api.anonymous().get("/openapi", "application/yaml");
    Response yamlByQuery = Api.anonymous().get("/openapi?format=yaml", "*/*");
    assertThat(yaml.status()).as(yaml.request()).isEqualTo(200);
    assertThat(yaml.mediaType()).isEqualTo("application/yaml");
    assertThat(yamlByQuery.body()).isEqualTo(yaml.body());
    assertThat(parse(yaml.body()).getPaths().keySet()).isEqualTo(api.getPaths().keySet());

    // Payara's own document (with its extra key) is still made from the same annotations.
    HttpResponse<String> payaras =
        send(
            HttpRequest.newBuilder(URI.create(Api.baseUrl()).resolve("/openapi"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build());
    assertThat(payaras.statusCode()).isEqualTo(200);
    assertThat(payaras.body()).contains("/api/v1/practitioners");

    Response unknownFormat = Api.anonymous().get("/openapi?format=xml");
    assertThat(unknownFormat.status()).as(unknownFormat.toString()).isEqualTo(400);
    assertThat(unknownFormat.mediaType()).isEqualTo(Api.PROBLEM_JSON);
  }

  @Test
  void aClientBuiltFromTheDocumentGetsAnswersThatMatchIt() throws Exception {

    assertThat(client.call("alice", PathItem.HttpMethod.GET, "/me", Map.of())).isEqualTo(200);
    assertThat(
            client.call(
                "bob",
                PathItem.HttpMethod.GET,
                "/practitioners",
                Map.of("specialty", "cardiology")))
        .isEqualTo(200);
    assertThat(client.call(null, PathItem.HttpMethod.GET, "/me", Map.of())).isEqualTo(401);
  }

  @Test
  void everyListAndOwnThingAnswersAsTheDocumentSays() throws Exception {
    Map<String, Map<String, String>> required =
        Map.of("/bookable-patients", Map.of("name", "Martin"));
    List<String> neverAnswered = new ArrayList<>();
    api.getPaths()
        .forEach(
            (template, item) -> {
              if (item.getGet() == null || template.contains("{") || template.equals("/openapi")) {
                return;
              }
              // The first of these users whom the operation serves; every answer is checked.
              for (String user :
                  List.of(
                      "alice", "bob", "desk.jones", "dr.chen", "admin", "mod.lee", "cm.smith")) {
                Map<String, String> arguments = required.getOrDefault(template, Map.of());
                if (client.call(user, PathItem.HttpMethod.GET, template, arguments) == 200) {
                  return;
                }
              }
              neverAnswered.add(template);
            });
    assertThat(neverAnswered).isEmpty();
  }

  /**
   * A client that knows the API only from its document: the server's base, the path and its
   * parameters, the security scheme and the media types an operation answers with. Every exchange
   * is checked against the document, the request and the answer alike.
   */
  private static final class DocumentClient {

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;

    DocumentClient(OpenAPI api, String specification) {
      this.api = api;
      this.validator =
          OpenApiInteractionValidator.createForInlineApiSpecification(specification).build();
    }

    /** Calls an operation as a demo user (or none) and returns the status of its answer. */
    int call(
        String username,
        PathItem.HttpMethod method,
        String template,
        Map<String, String> arguments) {
      PathItem item = api.getPaths().get(template);
      assertThat(item).as(template + " in the document").isNotNull();
      Operation operation = item.readOperationsMap().get(method);
      assertThat(operation).as(method + " " + template + " in the document").isNotNull();

      String path = api.getServers().get(0).getUrl() + template;
      Map<String, String> query = new LinkedHashMap<>();
      Set<String> taken = new HashSet<>();
      for (Parameter parameter : parameters(operation)) {
        String value = arguments.get(parameter.getName());
        if (value == null) {
          assertThat(parameter.getRequired()).as(parameter.getName()).isNotEqualTo(Boolean.TRUE);
          continue;
        }
        taken.add(parameter.getName());
        if ("path".equals(parameter.getIn())) {
          path = path.replace("{" + parameter.getName() + "}", value);
        } else if ("query".equals(parameter.getIn())) {
          query.put(parameter.getName(), value);
        }
      }
      assertThat(taken).as("arguments the operation takes").isEqualTo(arguments.keySet());

      String url =
          URI.create(Api.baseUrl()).resolve(path)
              + query.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + "="
                              + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                  .collect(Collectors.joining("&", query.isEmpty() ? "" : "?", ""));
      String accept = String.join(", ", answerTypes(operation));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(60))
              .header("Accept", accept);
      SimpleRequest.Builder expected =
          new SimpleRequest.Builder(method.name(), path).withAccept(accept);
      query.forEach(expected::withQueryParam);
      String authorization = authorization(operation, username);
      if (authorization != null) {
        request.header("Authorization", authorization);
        expected.withAuthorization(authorization);
      }

      HttpResponse<String> answer =
          send(request.method(method.name(), HttpRequest.BodyPublishers.noBody()).build());
      String description = method + " " + url + " -> " + answer.statusCode() + " " + answer.body();

      SimpleResponse.Builder actual =
          SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
      answer.headers().map().forEach(actual::withHeader);
      ValidationReport report =
          username == null
              ? validator.validateResponse(path, toMethod(method), actual.build())
              : validator.validate(expected.build(), actual.build());
      assertThat(report.getMessages()).as(description).isEmpty();
      return answer.statusCode();
    }

    /** HTTP Basic when the operation (or the document) asks for the basic scheme. */
    private String authorization(Operation operation, String username) {
      List<SecurityRequirement> security =
          operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
      if (username == null || security == null || security.isEmpty()) {
        return null;
      }
      String scheme = security.get(0).keySet().iterator().next();
      SecurityScheme how = api.getComponents().getSecuritySchemes().get(scheme);
      assertThat(how.getScheme()).isEqualTo("basic");
      String credentials = username + ":" + Api.DEMO_PASSWORD;
      return "Basic "
          + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private List<Parameter> parameters(Operation operation) {
      if (operation.getParameters() == null) {
        return List.of();
      }
      return operation.getParameters().stream()
          .map(
              p ->
                  p.get$ref() == null
                      ? p
                      : api.getComponents()
                          .getParameters()
                          .get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
          .toList();
    }

    /** The media types of the operation's answers, success and error alike. */
    private static List<String> answerTypes(Operation operation) {
      return operation.getResponses().values().stream()
          .filter(r -> r.getContent() != null)
          .flatMap(r -> r.getContent().keySet().stream())
          .distinct()
          .toList();
    }

    private static com.atlassian.oai.validator.model.Request.Method toMethod(
        PathItem.HttpMethod method) {
      return com.atlassian.oai.validator.model.Request.Method.valueOf(method.name());
    }
  }

  private static OpenAPI parse(String text) {
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, new ParseOptions());
    assertThat(result.getMessages()).as("OpenAPI 3 parser messages").isEmpty();
    return result.getOpenAPI();
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1" + path))
        .timeout(Duration.ofSeconds(60));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(request.uri().toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
