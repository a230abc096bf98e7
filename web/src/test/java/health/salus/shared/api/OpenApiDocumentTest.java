package health.salus.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document that the build makes from the resources (web/pom.xml) and {@link
 * OpenApiResource} serves: a valid OpenAPI 3 document that names every operation's body, error
 * answers and parameters with their types.
 */
class OpenApiDocumentTest {

  private static String json;
  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    json = resource("openapi.json");
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, new ParseOptions());
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    api = result.getOpenAPI();
  }

  @Test
  void isAnOpenApi3DocumentThatSaysWhatTheApiIs() throws IOException {
    assertThat(api.getOpenapi()).startsWith("3.");
    assertThat(api.getInfo().getTitle()).isEqualTo("Salus API");
    assertThat(api.getInfo().getDescription()).contains("problem");
    assertThat(api.getServers()).extracting(s -> s.getUrl()).containsExactly("/salus/api/v1");
    assertThat(api.getPaths()).containsKeys("/me", "/practitioners", "/appointments", "/openapi");
    assertThat(Json.mapper().readTree(json).has("endpoints")).as("Payara's extra key").isFalse();
  }

  @Test
  void everyOperationIsFiledUnderItsFeature() {
    List<String> untagged = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (operation.getTags() == null || operation.getTags().size() != 1) {
                untagged.add(name);
              }
            });
    assertThat(untagged).isEmpty();
    assertThat(api.getPaths().get("/slots").getGet().getTags()).containsExactly("Scheduling");
  }

  @Test
  void theYamlFormIsTheSameDocument() throws IOException {
    JsonNode fromYaml = Yaml.mapper().readTree(resource("openapi.yaml"));
    assertThat(fromYaml).isEqualTo(Json.mapper().readTree(json));
  }

  @Test
  void httpBasicIsTheSecuritySchemeAndOnlyPublicOperationsGoWithout() {
    SecurityScheme basic = api.getComponents().getSecuritySchemes().get(ApiDocs.BASIC_AUTH);
    assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(basic.getScheme()).isEqualTo("basic");
    assertThat(api.getSecurity()).singleElement().satisfies(r -> r.containsKey(ApiDocs.BASIC_AUTH));

    List<String> open = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
                open.add(name);
              }
            });
    assertThat(open)
        .containsExactlyInAnyOrder(
            "GET /health",
            "POST /auth/register",
            "GET /openapi",
            "GET /calendar-feeds/{token}.ics");
  }

  @Test
  void everySuccessfulBodyIsAShapeNotABareObject() {
    List<String> vague = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              Map<String, ApiResponse> successes = successes(operation);
              if (successes.isEmpty()) {
                vague.add(name + ": no 2xx answer");
              }
              successes.forEach(
                  (code, response) -> {
                    if (response.getContent() == null) {
                      if (!code.equals("204")) {
                        vague.add(name + " " + code + ": no body");
                      }
                      return;
                    }
                    response
                        .getContent()
                        .forEach(
                            (type, media) -> {
                              if (!isShaped(media.getSchema(), type)) {
                                vague.add(
                                    name + " " + code + " " + type + ": " + media.getSchema());
                              }
                            });
                  });
            });
    assertThat(vague).isEmpty();
  }

  @Test
  void everyRequestBodyIsANamedShape() {
    List<String> vague = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (operation.getRequestBody() == null) {
                return;
              }
              operation
                  .getRequestBody()
                  .getContent()
                  .forEach(
                      (type, media) -> {
                        if (media.getSchema() == null || media.getSchema().get$ref() == null) {
                          vague.add(name + " " + type);
                        }
                      });
            });
    assertThat(vague).isEmpty();
    assertThat(
            api.getPaths()
                .get("/appointments")
                .getPost()
                .getRequestBody()
                .getContent()
                .get("application/json")
                .getSchema()
                .get$ref())
        .isEqualTo("#/components/schemas/Booking");
  }

  @Test
  void everyErrorIsAProblem() {
    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              boolean secured =
                  operation.getSecurity() == null || !operation.getSecurity().isEmpty();
              List<String> codes = new ArrayList<>(List.of("default"));
              if (secured) {
                codes.addAll(List.of("401", "403"));
              }
              if (operation.getRequestBody() != null || operation.getParameters() != null) {
                codes.add("400");
              }
              for (String code : codes) {
                ApiResponse error = operation.getResponses().get(code);
                MediaType problem =
                    error == null || error.getContent() == null
                        ? null
                        : error.getContent().get(Problem.MEDIA_TYPE);
                if (problem == null
                    || !("#/components/schemas/" + ApiDocs.PROBLEM_SCHEMA)
                        .equals(problem.getSchema().get$ref())) {
                  missing.add(name + " " + code);
                }
              }
            });
    assertThat(missing).isEmpty();
    assertThat(schema(ApiDocs.PROBLEM_SCHEMA).getProperties())
        .containsKeys("type", "title", "status", "detail", "errors")
        .doesNotContainKey("retryAfterSeconds");
  }

  @Test
  void everyParameterHasItsType() {
    List<String> untyped = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (operation.getParameters() == null) {
                return;
              }
              for (Parameter reference : operation.getParameters()) {
                Parameter parameter = resolved(reference);
                Schema<?> schema = parameter.getSchema();
                if (schema == null || (schema.getType() == null && schema.get$ref() == null)) {
                  untyped.add(name + " " + parameter.getName());
                } else if (!expectedType(parameter.getName()).equals(typeOf(schema))) {
                  // Params reads ids, numbers and instants from text; the document says what.
                  untyped.add(name + " " + parameter.getName() + " as " + typeOf(schema));
                }
              }
            });
    assertThat(untyped).isEmpty();

    Map<String, Parameter> slots = parameters(api.getPaths().get("/slots").getGet());
    assertThat(slots.get("page").getSchema().getType()).isEqualTo("integer");
    assertThat(slots.get("size").getSchema().getType()).isEqualTo("integer");
    assertThat(slots.get("practitionerId").getSchema().get$ref()).endsWith("/" + ApiDocs.ID);
    assertThat(schema(ApiDocs.ID).getFormat()).isEqualTo("int64");
    assertThat(slots.get("from").getSchema().get$ref()).endsWith("/" + ApiDocs.INSTANT);
    assertThat(schema(ApiDocs.INSTANT).getFormat()).isEqualTo("date-time");
    assertThat(slots.get("mode").getSchema().get$ref()).endsWith("/AppointmentMode");
    assertThat(schema("AppointmentMode").getEnum()).map(String::valueOf).contains("VIDEO");
  }

  @Test
  void aPagedListNamesTheTypeOfItsItems() {
    Schema<?> body =
        successes(api.getPaths().get("/appointments").getGet())
            .get("200")
            .getContent()
            .get("application/json")
            .getSchema();
    Schema<?> page = schema(body.get$ref().substring("#/components/schemas/".length()));

    assertThat(page.getProperties()).containsKeys("items", "total", "page", "size");
    assertThat(page.getProperties().get("items").getItems().get$ref())
        .isEqualTo("#/components/schemas/AppointmentView");
  }

  /** A named schema, an array of a shape, properties, or text for a non-JSON body. */
  private static boolean isShaped(Schema<?> schema, String mediaType) {
    if (schema == null) {
      return false;
    }
    if (schema.get$ref() != null) {
      return true;
    }
    if ("array".equals(schema.getType())) {
      return isShaped(schema.getItems(), mediaType);
    }
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      return true;
    }
    return "string".equals(schema.getType()) && !mediaType.contains("json");
  }

  private static Map<String, Operation> operations() {
    Map<String, Operation> operations = new java.util.TreeMap<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> operations.put(method + " " + path, operation)));
    assertThat(operations).hasSizeGreaterThan(50);
    return operations;
  }

  private static Map<String, ApiResponse> successes(Operation operation) {
    Map<String, ApiResponse> successes = new java.util.TreeMap<>();
    operation
        .getResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("2")) {
                successes.put(code, response);
              }
            });
    return successes;
  }

  private static Map<String, Parameter> parameters(Operation operation) {
    Map<String, Parameter> byName = new java.util.HashMap<>();
    operation.getParameters().stream()
        .map(OpenApiDocumentTest::resolved)
        .forEach(p -> byName.put(p.getName(), p));
    return byName;
  }

  /** The type the API's parameters of this name have, by the names {@link Params} reads. */
  private static String expectedType(String parameter) {
    if (parameter.equals("id") || parameter.endsWith("Id") && !parameter.equals("objectId")) {
      return "integer int64";
    }
    return switch (parameter) {
      case "page", "size", "months" -> "integer int32";
      case "from", "to", "releaseAt" -> "string date-time";
      case "mode", "status", "outcome", "role", "format", "type" -> "enum";
      default -> "string";
    };
  }

  /** A schema's type and format, or {@code enum}, behind a reference to the components. */
  private static String typeOf(Schema<?> schema) {
    Schema<?> named =
        schema.get$ref() == null
            ? schema
            : schema(schema.get$ref().substring("#/components/schemas/".length()));
    if (named.getEnum() != null && !named.getEnum().isEmpty()) {
      return "enum";
    }
    return named.getFormat() == null ? named.getType() : named.getType() + " " + named.getFormat();
  }

  /** A parameter, or the one in the components that it refers to. */
  private static Parameter resolved(Parameter parameter) {
    String ref = parameter.get$ref();
    return ref == null
        ? parameter
        : api.getComponents()
            .getParameters()
            .get(ref.substring("#/components/parameters/".length()));
  }

  private static Schema<?> schema(String name) {
    return api.getComponents().getSchemas().get(name);
  }

  private static String resource(String name) {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " made by the build").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
