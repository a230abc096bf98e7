package health.salus.shared.api;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Maps what the EJB container throws: a role check that failed (403, audited), an edit that lost a
 * race (409), a business exception wrapped by the container; anything else is logged and answered
 * with a 500 that tells nothing of the inside.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Inject AuditTrail audit;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(EJBException e) {
    if (e instanceof EJBAccessException) {
      audit.record(
          AuditEvent.of("ACCESS_DENIED", AuditOutcome.DENIED)
              .object("Api", request.getMethod() + " " + request.getRequestURI()));
      return Problem.of(
              403,
              UserMessages.text("problem.forbidden.title"),
              UserMessages.text("problem.forbiddenAction"))
          .toResponse();
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal business) {
        return RefusalMapper.problem(business).toResponse();
      }
      if (cause instanceof OptimisticLockException) {
        return Problem.of(
                409,
                UserMessages.text("problem.conflict.title"),
                UserMessages.text("profile.changedMeanwhile"))
            .toResponse();
      }
    }
    return ServerErrorMapper.serverError(LOG, e);
  }
}
