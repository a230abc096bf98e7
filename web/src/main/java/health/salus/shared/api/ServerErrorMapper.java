package health.salus.shared.api;

import health.salus.shared.boundary.DatabaseOutage;
import health.salus.shared.view.UserMessages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a database that cannot be reached is a 503 with Retry-After (the client may try
 * again shortly); anything else is logged with an id and answered 500 without any internals.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    return serverError(LOG, e);
  }

  static Response serverError(Logger log, Throwable e) {
    return problem(log, e).toResponse();
  }

  /** 503 with Retry-After while the database is away; else a 500 with the incident id logged. */
  static Problem problem(Logger log, Throwable e) {
    if (DatabaseOutage.causedBy(e)) {
      log.warning(() -> "Database unavailable: " + e);
      return unavailableProblem();
    }
    String incident = UUID.randomUUID().toString();
    log.log(Level.SEVERE, "Request failed, incident " + incident, e);
    return Problem.of(
        500,
        UserMessages.text("problem.server.title"),
        UserMessages.text("problem.server.detail") + " (" + incident + ")");
  }

  /** The 503 while the database is away: nothing is wrong with the request; try again soon. */
  public static Problem unavailableProblem() {
    return Problem.of(
            503,
            UserMessages.text("problem.unavailable.title"),
            UserMessages.text("problem.unavailable.detail"))
        .withRetryAfter(DatabaseOutage.RETRY_AFTER_SECONDS);
  }
}
