package health.salus.shared.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The language of each page is the request's ({@link RequestLanguage}): the signed-in user's
 * profile language, else the switch's cookie, else Accept-Language, else English.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return RequestLanguage.current().locale();
  }
}
