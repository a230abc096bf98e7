package health.salus.shared.api;

import health.salus.shared.view.UserMessages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The last resort: logs the error with an id and answers 500 without any internals. */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    return serverError(LOG, e);
  }

  static Response serverError(Logger log, Throwable e) {
    String incident = UUID.randomUUID().toString();
    log.log(Level.SEVERE, "Request failed, incident " + incident, e);
    return Problem.of(
            500,
            UserMessages.text("problem.server.title"),
            UserMessages.text("problem.server.detail") + " (" + incident + ")")
        .toResponse();
  }
}
