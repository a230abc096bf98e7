package health.salus.shared.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Cross-site posts of the stateless pages' forms ({@link StatelessViews}: sign-in, registration, my
 * appointments, my medications, and on those the header's carer switch) are refused. Those pages
 * keep no view state in a session (the public ones have no session at all) to trust: a post must
 * come from a page of this site (the browser's {@code Sec-Fetch-Site} and {@code Origin}, where it
 * sends them) and carry the signed token of {@link FormTokens} both in the form and in the form
 * cookie ({@code SameSite=Strict}, so a cross-site post does not even send it). A refused post
 * changes nothing: it never reaches the page, and the answer is 403 with the refusal page. On every
 * page, a GET that carries a view state (a link dressed as a form's post, which Faces would take
 * for one) is refused the same way, with 400.
 */
@WebFilter(filterName = "StatelessFormGuard")
public class StatelessFormGuard extends HttpFilter {

  /** The hidden field of the forms and the request attribute the pages read it from. */
  public static final String FIELD = "salus-form-token";

  public static final String ATTRIBUTE = "salusFormToken";
  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String REFUSED_PAGE = "/error/refused.xhtml";
  static final String COOKIE = "salus-form";

  /** With TLS: a cookie no other site, subdomains included, can set or overwrite. */
  static final String SECURE_COOKIE = "__Host-salus-form";

  private static final Logger LOG = Logger.getLogger(StatelessFormGuard.class.getName());

  @Inject FormTokens tokens;

  private boolean secure;

  @Override
  public void init() {
    secure = SecureTransport.enabled();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod()) && request.getParameter(VIEW_STATE) != null) {
      // A link that says it is a form's post (the view state in its address): no form posts that
      // way, and Faces would take it for one. 400 with the refusal page, nothing done.
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (!StatelessViews.hasGuardedForms(request.getServletPath())) {
      chain.doFilter(request, response);
      return;
    }
    String cookie = cookie(request);
    if ("POST".equals(request.getMethod())) {
      String field = request.getParameter(FIELD);
      if (!sameSite(request) || !tokens.matches(cookie, field)) {
        refuse(request, response, HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    String token = tokens.reusable(cookie) ? cookie : tokens.issue();
    if (!token.equals(cookie)) {
      response.addHeader("Set-Cookie", setCookie(request, token));
    }
    request.setAttribute(ATTRIBUTE, token);
    chain.doFilter(request, response);
  }

  /**
   * Whether the browser says the post comes from this site. Browsers that send neither header (old
   * ones, or other clients) are judged by the token alone.
   */
  public static boolean sameSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return false;
    }
    String origin = request.getHeader("Origin");
    return origin == null || sameAuthority(origin, request.getHeader("Host"));
  }

  /**
   * The origin's host and port are those the request was sent to (the scheme may differ behind a
   * TLS proxy).
   */
  static boolean sameAuthority(String origin, String host) {
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    } catch (URISyntaxException malformed) {
      return false;
    }
  }

  private String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    String name = secure ? SECURE_COOKIE : COOKIE;
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private String setCookie(HttpServletRequest request, String token) {
    // __Host- cookies must have Path=/ and Secure; on plain HTTP the cookie keeps to the app.
    String path = secure ? "/" : request.getContextPath() + "/";
    return (secure ? SECURE_COOKIE : COOKIE)
        + "="
        + token
        + "; Path="
        + path
        + "; Max-Age="
        + FormTokens.LIFETIME.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  /**
   * The status (403, or 400 for a link dressed as a post) and the refusal page, shown as a plain
   * page view: the refused request reaches no form.
   */
  private void refuse(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException, ServletException {
    LOG.info(
        () ->
            "Refused a "
                + request.getMethod()
                + " of "
                + request.getServletPath()
                + " from "
                + request.getRemoteAddr()
                + " (Origin "
                + request.getHeader("Origin")
                + ", Sec-Fetch-Site "
                + request.getHeader("Sec-Fetch-Site")
                + ")");
    response.setStatus(status);
    request.getRequestDispatcher(REFUSED_PAGE).forward(new PageView(request), response);
  }

  /** The request as a GET without parameters, so that the refusal page is no postback. */
  private static final class PageView extends HttpServletRequestWrapper {

    PageView(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
