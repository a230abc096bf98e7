package health.salus.identity.view;

import health.salus.shared.view.StatelessFormGuard;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out, from the small form in every page's header: the session ends and the sign-in page
 * says so. A plain form rather than a Faces one, so that a page needs no view state of its own for
 * it (most pages then keep none at all). A post from another site is refused: the browser says
 * where it comes from ({@code Sec-Fetch-Site}, {@code Origin}), and the session cookie is {@code
 * SameSite=Lax}, so such a post does not carry the session anyway.
 */
@WebServlet(urlPatterns = SignOut.PATH)
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/signout";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!StatelessFormGuard.sameSite(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    try {
      request.logout();
    } catch (ServletException alreadyGone) {
      // The session below is what holds the sign-in; ending it is enough.
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
  }
}
