package health.salus.shared.api;

import health.salus.shared.view.UserMessages;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the resource expects: 400, never a 500. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException e) {
    return Problem.of(
            400,
            UserMessages.text("problem.badRequest.title"),
            UserMessages.text("problem.malformedJson"))
        .toResponse();
  }
}
