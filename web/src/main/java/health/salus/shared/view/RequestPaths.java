package health.salus.shared.view;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request goes inside the application, as the container mapped it: the servlet path and
 * path info, decoded and normalised, without path parameters ({@code ;x=...}) or the query.
 * Requests are classified by this, never by substrings of the raw request URI, which a caller
 * shapes at will ({@code /jakarta.faces.resource/..;/../home.xhtml}, {@code /home.xhtml;x=/api/}).
 */
public final class RequestPaths {

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  private RequestPaths() {}

  /** The path inside the application, such as {@code /api/v1/me} or {@code /home.xhtml}. */
  public static String of(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? servletPath : servletPath + pathInfo;
  }

  /** A request of the REST API ({@code /api/...}). */
  public static boolean isApi(HttpServletRequest request) {
    return of(request).startsWith("/api/");
  }

  /**
   * A request that needs no database, served even while it is away: Faces resources, the error
   * pages and the health check (which asks the database itself and answers DOWN).
   */
  public static boolean isServedWithoutDatabase(HttpServletRequest request) {
    String path = of(request);
    return path.startsWith(FACES_RESOURCES)
        || path.startsWith("/error/")
        || path.equals("/api/v1/health");
  }

  /** A Faces resource (script, style sheet, image) served by the Faces servlet. */
  public static boolean isFacesResource(HttpServletRequest request) {
    return of(request).startsWith(FACES_RESOURCES);
  }
}
