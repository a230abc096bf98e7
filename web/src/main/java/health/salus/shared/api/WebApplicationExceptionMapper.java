package health.salus.shared.api;

import health.salus.shared.view.UserMessages;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the JAX-RS runtime's own errors (unknown path, wrong method or media type, a body or
 * parameter that cannot be read) into problems with the same status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return ServerErrorMapper.serverError(
          java.util.logging.Logger.getLogger(getClass().getName()), e);
    }
    String title;
    String detail;
    if (e instanceof NotFoundException) {
      title = UserMessages.text("problem.notFound.title");
      detail = UserMessages.text("problem.pathNotFound");
    } else if (e instanceof NotAllowedException) {
      title = UserMessages.text("problem.methodNotAllowed.title");
      detail = title;
    } else if (e instanceof NotSupportedException) {
      title = UserMessages.text("problem.unsupportedMediaType.title");
      detail = UserMessages.text("problem.sendJson");
    } else if (e instanceof NotAcceptableException) {
      title = UserMessages.text("problem.notAcceptable.title");
      detail = UserMessages.text("problem.answersJson");
    } else if (e instanceof BadRequestException || hasJsonCause(e)) {
      title = UserMessages.text("problem.badRequest.title");
      detail = UserMessages.text("problem.malformedJson");
    } else {
      title = UserMessages.text("problem.badRequest.title");
      detail = e.getResponse().getStatusInfo().getReasonPhrase();
    }
    Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE);
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.entity(Problem.of(status, title, detail)).build();
  }

  private static boolean hasJsonCause(Throwable e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof JsonbException) {
        return true;
      }
    }
    return false;
  }
}
