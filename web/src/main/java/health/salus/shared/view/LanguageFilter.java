package health.salus.shared.view;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Opens the language of each request ({@link RequestLanguage}) for the pages, the API's answers and
 * their problem details, error pages included. Answers that depend on it say so ({@code Vary}).
 */
@WebFilter(
    filterName = "LanguageFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  // Through the filter's injection, not CDI.current(): Payara's CDI.current() walks the thread's
  // stack to find the caller's module: an eighth of the memory a signed-in page allocated (JFR's
  // allocation samples of my appointments).
  @Inject Instance<UserLanguage> userLanguage;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (RequestPaths.isFacesResource(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!response.isCommitted()) {
      response.addHeader("Vary", "Accept-Language");
    }
    RequestLanguage.Resolution before = RequestLanguage.open(request, userLanguage);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestLanguage.close(before);
    }
  }
}
