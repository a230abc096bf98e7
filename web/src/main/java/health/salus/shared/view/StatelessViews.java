package health.salus.shared.view;

import java.util.Set;

/**
 * The views built anew for every request and never kept in the session: the public pages ({@link
 * PublicViews}) and the signed-in pages listed here, whose forms carry what they act on (a row's
 * button posts its appointment's id, not its place in a list kept in a saved view). Leaving their
 * view state out of the session saves storing it on every page view. Their posts are guarded
 * against cross-site requests by {@link StatelessFormGuard} (the signed form token and the
 * browser's origin) instead of the session-bound view state. Each of these pages also says {@code
 * <ui:param name="transientView" value="true"/>}.
 */
public final class StatelessViews {

  /** Signed-in pages whose views are stateless, by view id (and servlet path). */
  static final Set<String> SIGNED_IN =
      Set.of("/scheduling/my-appointments.xhtml", "/prescriptions/medications.xhtml");

  private StatelessViews() {}

  /** Whether the view (such as {@code /login.xhtml}) is built anew for each request. */
  public static boolean isStateless(String viewId) {
    return PublicViews.isPublic(viewId) || SIGNED_IN.contains(viewId);
  }

  /** Whether posts to this path are checked by {@link StatelessFormGuard}. */
  public static boolean hasGuardedForms(String path) {
    return PublicViews.FORMS.contains(path) || SIGNED_IN.contains(path);
  }
}
