package health.salus.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1, under {@code /salus/api/v1}. Its OpenAPI document is made from these
 * annotations at build time and served by {@link OpenApiResource}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Salus API",
            version = "1",
            description =
                "The REST API of Salus, the hospital patient portal: identity, the directory of"
                    + " practitioners, scheduling, prescriptions, billing, notifications and the"
                    + " audit trail. JSON in and out; every error is an RFC 9457 problem"
                    + " (application/problem+json). Every operation needs HTTP Basic with the"
                    + " accounts of the web login, except registration, the health check, a"
                    + " private calendar feed (its token is the credential) and this document."),
    components =
        @Components(
            schemas = {
              @Schema(name = ApiDocs.PROBLEM_SCHEMA, implementation = Problem.class),
              @Schema(
                  name = ApiDocs.ID,
                  description = "The id of a thing: a whole number from 1",
                  type = SchemaType.INTEGER,
                  format = "int64",
                  minimum = "1"),
              @Schema(
                  name = ApiDocs.INSTANT,
                  description = "An ISO-8601 instant with offset or Z, 2026-12-01T09:30:00Z",
                  type = SchemaType.STRING,
                  format = "date-time"),
              @Schema(
                  name = ApiDocs.BINARY,
                  description = "A file's bytes, such as a clinical document's",
                  type = SchemaType.STRING,
                  format = "binary")
            },
            parameters = {
              @Parameter(
                  name = ApiDocs.PAGE,
                  in = ParameterIn.QUERY,
                  description = "The page of the list, from 0",
                  schema =
                      @Schema(
                          type = SchemaType.INTEGER,
                          format = "int32",
                          minimum = "0",
                          defaultValue = "0")),
              @Parameter(
                  name = ApiDocs.SIZE,
                  in = ParameterIn.QUERY,
                  description =
                      "Items per page, from 1; more than 200 gives 200; the default depends on"
                          + " the list",
                  schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
            }),
    security = @SecurityRequirement(name = ApiDocs.BASIC_AUTH))
@SecurityScheme(
    securitySchemeName = ApiDocs.BASIC_AUTH,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "The username and password of a Salus account.")
public class RestApplication extends Application {}
