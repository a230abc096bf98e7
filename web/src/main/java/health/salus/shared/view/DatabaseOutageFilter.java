package health.salus.shared.view;

import health.salus.shared.boundary.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page that fails because the database is away answers 503 with the "temporarily unavailable"
 * page (web.xml maps 503 to it) instead of the generic error page with a 500. Ajax requests are
 * turned to the same page by {@link OutageAwareExceptionHandlerFactory}.
 */
@WebFilter(filterName = "DatabaseOutageFilter", urlPatterns = "*.xhtml")
public class DatabaseOutageFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(() -> "Database unavailable: " + e);
      response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
