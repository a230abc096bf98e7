package health.salus.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A bundle text with its arguments put in, for pages: {@code #{text.format('home.welcome', name)}}
 * writes what {@code <h:outputFormat value="#{msg['home.welcome']}"><f:param value="#{name}"/>}
 * does (the request's language, the text escaped by the page), as plain text in the page instead of
 * an output component and one parameter component an argument. Used on the pages every patient
 * opens most (the layout's header and the home page), where those components were a fifth of the
 * tree Faces builds, announces (PostAddToView) and renders on every view.
 */
@Named("text")
@ApplicationScoped
public class Texts {

  public String format(String key, Object argument) {
    return UserMessages.text(key, argument);
  }

  public String format(String key, Object first, Object second) {
    return UserMessages.text(key, first, second);
  }

  public String format(String key, Object first, Object second, Object third) {
    return UserMessages.text(key, first, second, third);
  }
}
