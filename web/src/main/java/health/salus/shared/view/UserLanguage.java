package health.salus.shared.view;

import health.salus.shared.entity.Language;
import java.util.Optional;

/** The signed-in user's preferred language, if it is one Salus speaks; empty for visitors. */
public interface UserLanguage {

  Optional<Language> preferredLanguage();
}
