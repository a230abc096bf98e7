package health.salus.audit.view;

import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.boundary.PendingAuditEntries;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the audit entries a request left waiting (granted accesses, successful actions: see {@code
 * AuditTrail.record}) before the answer is complete, so that whoever has the answer finds them in
 * the trail, even when the request failed.
 */
@WebFilter(filterName = "AuditFlushFilter", urlPatterns = "/*")
public class AuditFlushFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail audit;
  @Inject PendingAuditEntries pending;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (!pending.isEmpty()) {
        audit.flush();
      }
    }
  }
}
