package health.salus.shared.api;

import health.salus.shared.boundary.BusinessException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.view.UserMessages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Maps every business refusal to its status and an RFC 9457 problem, in the user's words. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException e) {
    return problem(e).toResponse();
  }

  static Problem problem(BusinessException e) {
    int status =
        switch (e.kind()) {
          case INVALID -> 400;
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case RULE -> 422;
        };
    String title =
        UserMessages.text(
            switch (e.kind()) {
              case INVALID -> "problem.invalid.title";
              case FORBIDDEN -> "problem.forbidden.title";
              case NOT_FOUND -> "problem.notFound.title";
              case CONFLICT -> "problem.conflict.title";
              case RULE -> "problem.rule.title";
            });
    List<Problem.FieldError> errors =
        e instanceof InvalidInputException invalid
            ? invalid.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), UserMessages.text(v)))
                .toList()
            : e.field() == null
                ? List.of()
                : List.of(new Problem.FieldError(e.field(), UserMessages.text(e)));
    String detail =
        e instanceof InvalidInputException && errors.size() == 1
            ? errors.get(0).message()
            : UserMessages.text(e);
    return Problem.of(status, title, detail).withErrors(errors);
  }
}
