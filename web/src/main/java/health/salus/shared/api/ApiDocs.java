package health.salus.shared.api;

import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the API's OpenAPI document says of every operation alike, added when the document is made at
 * build time (the smallrye-open-api-maven-plugin's filter, see web/pom.xml): the error answers,
 * each an RFC 9457 {@link Problem} — 400 for bad input where an operation takes any, 401 where it
 * needs a sign-in, 403, 404 where the path names a thing, and any other (409, 422, 429, 503) as the
 * {@code default} answer.
 */
public class ApiDocs implements OASFilter {

  /** The name of the HTTP Basic security scheme. */
  public static final String BASIC_AUTH = "basic";

  /** The name of the problem schema in the document's components. */
  static final String PROBLEM_SCHEMA = "Problem";

  /** The schema of an id in a query parameter ({@link Params#id}). */
  public static final String ID = "Id";

  /** The schema of an instant in a query parameter ({@link Params#instant}). */
  public static final String INSTANT = "Instant";

  /** The schema of a file's bytes in a request or answer body. */
  public static final String BINARY = "Binary";

  /** The parameters of a paged list ({@link Params#paging}). */
  public static final String PAGE = "page";

  public static final String SIZE = "size";

  private static final Pattern PATH_TEMPLATE = Pattern.compile("\\{[^}]+}");

  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "Bad input: a malformed body or parameter, or a field out of range.",
          "401", "No or wrong credentials.",
          "403", "The caller may not do this.",
          "404", "No such thing, or the caller may not see it.",
          "default",
              "Another error: a conflict (409), a refusal by a business rule (422), too many"
                  + " attempts (429), or the service unavailable (503).");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    boolean securedByDefault = openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    openApi
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) ->
                            addErrors(path, method, operation, securedByDefault)));
  }

  private static void addErrors(
      String path, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean secured =
        operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
    if (takesInput) {
      addError(responses, "400");
    }
    if (secured) {
      addError(responses, "401");
      addError(responses, "403");
    }
    if (PATH_TEMPLATE.matcher(path).find()) {
      addError(responses, "404");
    }
    addError(responses, "default");
  }

  private static void addError(APIResponses responses, String code) {
    if (responses.hasAPIResponse(code)) {
      return;
    }
    MediaType problem =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA));
    Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    APIResponse response =
        OASFactory.createAPIResponse().description(ERRORS.get(code)).content(content);
    responses.addAPIResponse(code, response);
  }
}
