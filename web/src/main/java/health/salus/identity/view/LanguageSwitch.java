package health.salus.identity.view;

import health.salus.identity.boundary.IdentityService;
import health.salus.shared.entity.Language;
import health.salus.shared.view.RequestLanguage;
import health.salus.shared.view.SecureTransport;
import health.salus.shared.view.StatelessFormGuard;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The language switch of every page: a small form posts the language and the page it came from. The
 * choice is kept in a cookie (visitors hold no session), and a signed-in user's profile takes it
 * too, so e-mails and notices follow. Then the page is shown again in that language.
 */
@WebServlet(urlPatterns = LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/language";
  static final long COOKIE_SECONDS = Duration.ofDays(365).toSeconds();

  @Inject transient IdentityService identity;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Language> language = Language.supported(request.getParameter("lang"));
    if (language.isEmpty() || !StatelessFormGuard.sameSite(request)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.addHeader("Set-Cookie", cookie(request, language.get()));
    if (request.getUserPrincipal() != null) {
      identity.chooseLanguage(language.get().tag());
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + back(request.getParameter("back")));
  }

  /** Only a path of this site: never another host ("//evil", "/\\evil", "https:"). */
  static String back(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    return path;
  }

  private static String cookie(HttpServletRequest request, Language language) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    return RequestLanguage.COOKIE
        + "="
        + language.tag()
        + "; Path="
        + path
        + "; Max-Age="
        + COOKIE_SECONDS
        + "; HttpOnly; SameSite=Lax"
        + (SecureTransport.enabled() ? "; Secure" : "");
  }
}
