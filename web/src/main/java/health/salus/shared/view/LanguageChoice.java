package health.salus.shared.view;

import health.salus.shared.entity.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout's language switch offers: the other language, named in itself ("简体中文",
 * "English"), and the page to come back to. One for the application: each answer comes from the
 * request at hand.
 */
@Named
@ApplicationScoped
public class LanguageChoice {

  /** The language of this page. */
  public Language getCurrent() {
    return Language.of(UserMessages.locale().toLanguageTag());
  }

  /** The language the switch turns the page into. */
  public Language getOther() {
    return getCurrent() == Language.ZH_CN ? Language.EN_AU : Language.ZH_CN;
  }

  /** The other language's name in that language, as the switch shows it. */
  public String getOtherName() {
    return UserMessages.text(getOther().locale(), "language.self");
  }

  /** This page's path and query, for the switch to return to. */
  public String getBack() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String query = request.getQueryString();
    return RequestPaths.of(request) + (query == null ? "" : "?" + query);
  }
}
