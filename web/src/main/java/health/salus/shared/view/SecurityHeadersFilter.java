package health.salus.shared.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages get a policy that forbids framing, plugins and foreign
 * form targets (PrimeFaces adds the script nonces); the API forbids everything active. Personal
 * pages and API answers are never cached. Behind TLS ({@link SecureTransport}) every answer tells
 * browsers to use HTTPS only (HSTS, one year, subdomains too).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  // Browsers enforce every policy they get. PrimeFaces sends a second one, script-src with the
  // page's nonce; this one must therefore not narrow scripts itself (default-src would, and then
  // no nonce'd PrimeFaces script runs): scripts are as strict as the PrimeFaces policy says.
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private boolean secure;

  public SecurityHeadersFilter() {}

  /** For tests: with or without TLS. */
  SecurityHeadersFilter(boolean secure) {
    this.secure = secure;
  }

  @Override
  public void init() {
    secure = SecureTransport.enabled();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = RequestPaths.isApi(request);
    boolean resource = RequestPaths.isFacesResource(request);
    setHeaders(response, api, resource, secure);
    chain.doFilter(request, response);
  }

  /**
   * The API's headers on an answer made before any filter runs: the sign-in's 401, which the
   * authentication mechanism writes itself.
   */
  public static void setApiHeaders(HttpServletResponse response) {
    setHeaders(response, true, false, SecureTransport.enabled());
  }

  private static void setHeaders(
      HttpServletResponse response, boolean api, boolean resource, boolean secure) {
    response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), camera=()");
    if (secure) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!resource) {
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
