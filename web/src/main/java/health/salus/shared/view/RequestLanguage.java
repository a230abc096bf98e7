package health.salus.shared.view;

import health.salus.shared.entity.Language;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The language of the request this thread serves. On the pages: the signed-in user's profile
 * language, else the language switch's cookie, else the browser's {@code Accept-Language}, else
 * English (Australia). The API follows the request alone (cookie, Accept-Language, English). {@link
 * LanguageFilter} opens it for each request; it is worked out once, when first asked.
 */
public final class RequestLanguage {

  /** The cookie the language switch sets: a language tag, such as zh-CN. */
  public static final String COOKIE = "salus-lang";

  private static final ThreadLocal<Resolution> CURRENT = new ThreadLocal<>();

  private RequestLanguage() {}

  /** The language of this thread's request; English outside a request. */
  public static Language current() {
    Resolution resolution = CURRENT.get();
    return resolution == null ? Language.DEFAULT : resolution.language();
  }

  /** The language the request asks for by itself (cookie, Accept-Language, English). */
  public static Language of(HttpServletRequest request) {
    return chosen(request)
        .or(() -> Language.accepted(request.getHeader("Accept-Language")))
        .orElse(Language.DEFAULT);
  }

  /** The language the switch's cookie names, if any. */
  static Optional<Language> chosen(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(c -> Language.supported(c.getValue()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Opens the request's language; returns what was open before (a forward or error dispatch). */
  static Resolution open(HttpServletRequest request, Instance<UserLanguage> userLanguage) {
    Resolution before = CURRENT.get();
    CURRENT.set(new Resolution(request, userLanguage));
    return before;
  }

  static void close(Resolution before) {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }

  /** One request's language, worked out when first asked. */
  static final class Resolution {

    private final HttpServletRequest request;
    private final Instance<UserLanguage> userLanguage;
    private Language language;

    Resolution(HttpServletRequest request, Instance<UserLanguage> userLanguage) {
      this.request = request;
      this.userLanguage = userLanguage;
    }

    Language language() {
      if (language == null) {
        language = profileLanguage().orElseGet(() -> of(request));
      }
      return language;
    }

    private Optional<Language> profileLanguage() {
      if (request.getUserPrincipal() == null || RequestPaths.isApi(request)) {
        return Optional.empty();
      }
      return userLanguage.get().preferredLanguage();
    }
  }
}
