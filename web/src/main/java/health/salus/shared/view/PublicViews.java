package health.salus.shared.view;

import java.util.Set;

/**
 * The pages anyone may open without signing in: welcome, sign-in, registration and the error pages.
 * They are stateless (transient JSF views, a per-request script nonce) and hold no HTTP session, so
 * a flood of anonymous views costs no memory. Their forms (sign-in and registration) are guarded
 * against cross-site posts by {@link StatelessFormGuard} instead of a session-bound view state.
 * Each of these pages also says {@code <ui:param name="transientView" value="true"/>}.
 */
public final class PublicViews {

  /** The public pages with a form, by view id (and servlet path). */
  public static final Set<String> FORMS = Set.of("/login.xhtml", "/register.xhtml");

  private static final Set<String> PAGES =
      Set.of("/index.xhtml", "/login.xhtml", "/register.xhtml");
  private static final String ERRORS = "/error/";

  private PublicViews() {}

  /** Whether the view (such as {@code /login.xhtml}) is one of the public, stateless pages. */
  public static boolean isPublic(String viewId) {
    return viewId != null && (PAGES.contains(viewId) || viewId.startsWith(ERRORS));
  }
}
