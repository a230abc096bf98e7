package health.salus.shared.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /openapi}: the API's OpenAPI 3 document, made at build time from the resources'
 * annotations (web/pom.xml) and served as it is — JSON, or YAML for {@code Accept:
 * application/yaml} or {@code ?format=yaml}. Public and cacheable: it is the same for everyone
 * until the next deployment.
 */
@Tag(name = "Service")
@Path("openapi")
public class OpenApiResource {

  public static final String APPLICATION_YAML = "application/yaml";

  private static final MediaType YAML = MediaType.valueOf(APPLICATION_YAML);
  private static final Document JSON_DOCUMENT = Document.load("openapi.json");
  private static final Document YAML_DOCUMENT = Document.load("openapi.yaml");

  /** The forms of {@code ?format=}. */
  enum Format {
    JSON,
    YAML
  }

  /** One form of the document, its bytes and their tag. */
  record Document(byte[] bytes, EntityTag tag) {

    static Document load(String name) {
      try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing: the build makes it");
        }
        byte[] bytes = in.readAllBytes();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        return new Document(bytes, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, APPLICATION_YAML})
  @SecurityRequirements
  @Operation(summary = "This document: OpenAPI 3, JSON or YAML")
  @APIResponse(
      responseCode = "200",
      description = "The OpenAPI document",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    description = "An OpenAPI 3 document",
                    requiredProperties = {"openapi", "info", "paths"},
                    properties = {
                      @SchemaProperty(name = "openapi", type = SchemaType.STRING),
                      @SchemaProperty(name = "info", type = SchemaType.OBJECT),
                      @SchemaProperty(name = "paths", type = SchemaType.OBJECT)
                    })),
        @Content(
            mediaType = APPLICATION_YAML,
            schema = @Schema(type = SchemaType.STRING, description = "An OpenAPI 3 document"))
      })
  public Response document(
      @Parameter(
              description = "yaml or json; overrides the Accept header",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"json", "yaml"}))
          @QueryParam("format")
          String format,
      @Context Request request) {
    MediaType type = chosen(format, request);
    Document document = YAML.equals(type) ? YAML_DOCUMENT : JSON_DOCUMENT;
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(document.tag());
    Response.ResponseBuilder answer =
        unchanged != null
            ? unchanged
            : Response.ok(document.bytes(), type.withCharset(StandardCharsets.UTF_8.name()));
    return answer.tag(document.tag()).cacheControl(cache).header("Vary", "Accept").build();
  }

  private static MediaType chosen(String format, Request request) {
    Format asked = Params.choice("format", format, Format.class, "input.documentFormat");
    if (asked != null) {
      return asked == Format.YAML ? YAML : MediaType.APPLICATION_JSON_TYPE;
    }
    List<Variant> variants = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, YAML).build();
    Variant variant = request.selectVariant(variants);
    if (variant == null) {
      throw new NotAcceptableException();
    }
    return variant.getMediaType();
  }
}
