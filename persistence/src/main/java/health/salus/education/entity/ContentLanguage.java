package health.salus.education.entity;

import java.util.Locale;
import java.util.Optional;

/** The languages lessons are written in, by BCP 47 tag: English and Simplified Chinese. */
public enum ContentLanguage {
  EN("en"),
  ZH_HANS("zh-Hans");

  private final String tag;

  ContentLanguage(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /**
   * The content language a tag means: "en", "en-AU" are English; "zh", "zh-Hans", "zh-CN" are
   * Simplified Chinese; anything else (Traditional Chinese included) none.
   */
  public static Optional<ContentLanguage> of(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    return switch (locale.getLanguage()) {
      case "en" -> Optional.of(EN);
      case "zh" -> {
        String script = locale.getScript();
        String country = locale.getCountry();
        boolean traditional =
            script.equals("Hant")
                || script.isEmpty()
                    && (country.equals("TW") || country.equals("HK") || country.equals("MO"));
        yield traditional ? Optional.empty() : Optional.of(ZH_HANS);
      }
      default -> Optional.empty();
    };
  }
}
