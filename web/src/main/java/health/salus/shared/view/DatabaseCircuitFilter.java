package health.salus.shared.view;

import health.salus.shared.boundary.DatabaseCircuit;
import health.salus.shared.boundary.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the {@link DatabaseCircuit} when a request met the database away: it failed with an outage,
 * or answered 503 (the API's and the pages' answer to an outage, and nothing else). The
 * authentication mechanism, which sees every request first, refuses the next ones at once.
 */
@WebFilter(filterName = "DatabaseCircuitFilter", urlPatterns = "/*")
public class DatabaseCircuitFilter extends HttpFilter {

  @Inject DatabaseCircuit circuit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (DatabaseOutage.causedBy(e)) {
        circuit.tripped();
      }
      throw e;
    }
    if (response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      circuit.tripped();
    }
  }
}
