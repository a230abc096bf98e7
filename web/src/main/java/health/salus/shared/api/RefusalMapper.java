package health.salus.shared.api;

import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.UserMessages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The one mapping of refusals, the entities' and the boundaries' alike, to their status and an RFC
 * 9457 problem in the user's words, with the refusal's stable {@code code} (its message key).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Override
  public Response toResponse(Refusal e) {
    return problem(e).toResponse();
  }

  static Problem problem(Refusal e) {
    int status =
        switch (e.kind()) {
          case INVALID -> 400;
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case RULE -> 422;
          case TOO_LARGE -> 413;
          case UNSUPPORTED_TYPE -> 415;
        };
    String title =
        UserMessages.text(
            switch (e.kind()) {
              case INVALID -> "problem.invalid.title";
              case FORBIDDEN -> "problem.forbidden.title";
              case NOT_FOUND -> "problem.notFound.title";
              case CONFLICT -> "problem.conflict.title";
              case RULE -> "problem.rule.title";
              case TOO_LARGE -> "problem.tooLarge.title";
              case UNSUPPORTED_TYPE -> "problem.unsupportedType.title";
            });
    List<Problem.FieldError> errors =
        e instanceof InvalidInputException invalid
            ? invalid.violations().stream()
                .map(
                    v ->
                        new Problem.FieldError(
                            v.field(),
                            // One field's key with arguments ("from 0 to {0}"): the exception's.
                            e.arguments().length > 0 ? UserMessages.text(e) : UserMessages.text(v)))
                .toList()
            : e.field() == null
                ? List.of()
                : List.of(new Problem.FieldError(e.field(), UserMessages.text(e)));
    String detail =
        e instanceof InvalidInputException && errors.size() == 1
            ? errors.get(0).message()
            : UserMessages.text(e);
    return Problem.of(status, title, detail).withCode(e.messageKey()).withErrors(errors);
  }
}
