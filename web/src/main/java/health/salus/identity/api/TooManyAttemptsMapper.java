package health.salus.identity.api;

import health.salus.identity.boundary.TooManyAttemptsException;
import health.salus.shared.api.Problem;
import health.salus.shared.view.UserMessages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A client address over its allowance: 429 with {@code Retry-After} and a problem saying when. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

  @Override
  public Response toResponse(TooManyAttemptsException e) {
    return Response.fromResponse(
            Problem.of(429, UserMessages.text("problem.tooMany.title"), UserMessages.text(e))
                .withCode(e.messageKey())
                .toResponse())
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .build();
  }
}
