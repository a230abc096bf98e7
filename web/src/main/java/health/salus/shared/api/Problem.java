package health.salus.shared.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer of the API. */
@Schema(description = "An RFC 9457 problem detail (application/problem+json)")
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors"})
public class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One field's problem, for validation errors. */
  public record FieldError(String field, String message) {}

  private String type = "about:blank";
  private String title;
  private int status;
  private String detail;
  private String code;
  private List<FieldError> errors;

  @Schema(hidden = true) // a header, not a field of the body
  private Integer retryAfterSeconds;

  public static Problem of(int status, String title, String detail) {
    Problem problem = new Problem();
    problem.status = status;
    problem.title = title;
    problem.detail = detail;
    return problem;
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    this.errors = fieldErrors == null || fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors);
    return this;
  }

  /** The stable code of a refusal (its message key), for clients that act on it. */
  public Problem withCode(String refusalCode) {
    this.code = refusalCode;
    return this;
  }

  /** Sent as the Retry-After header, not in the body. */
  public Problem withRetryAfter(int seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
    if (retryAfterSeconds != null) {
      response.header("Retry-After", retryAfterSeconds);
    }
    return response.build();
  }

  public String getType() {
    return type;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  @JsonbTransient
  public Integer getRetryAfterSeconds() {
    return retryAfterSeconds;
  }
}
