package health.salus.audit.view;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Audits every page request the container refused with 403 (a signed-in user outside the area's
 * roles): the container forwards such requests to the forbidden page, which this filter watches.
 */
@WebFilter(
    filterName = "DeniedPageAuditFilter",
    urlPatterns = "/error/forbidden.xhtml",
    dispatcherTypes = DispatcherType.ERROR)
public class DeniedPageAuditFilter extends HttpFilter {

  @Inject AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    audit.record(
        AuditEvent.of("ACCESS_DENIED", AuditOutcome.DENIED)
            .withActor(request.getRemoteUser())
            .object("Page", uri == null ? null : uri.toString()));
    chain.doFilter(request, response);
  }
}
