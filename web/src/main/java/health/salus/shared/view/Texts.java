package health.salus.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A bundle text with its arguments put in, for pages: {@code #{text.format('home.welcome', name)}}
 * writes what {@code <h:outputFormat value="#{msg['home.welcome']}"><f:param value="#{name}"/>}
 * does (the request's language, the text escaped by the page), as plain text in the page instead of
 * an output component and one parameter component an argument. Used on the pages every patient
 * opens most (the layout's header, the home page, my appointments): some twenty components fewer on
 * a patient's home for Faces to build, announce (PostAddToView) and render on every view.
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
