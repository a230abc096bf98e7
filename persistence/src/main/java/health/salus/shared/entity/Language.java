package health.salus.shared.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Salus speaks: English (Australia), the default, and Simplified Chinese. A profile's
 * preferred language, a cookie or a browser's {@code Accept-Language} is free text; {@link
 * #supported(String)} tells which of these it means, if any.
 */
public enum Language {
  EN_AU("en-AU"),
  ZH_CN("zh-CN");

  public static final Language DEFAULT = EN_AU;

  private final Locale locale;

  Language(String tag) {
    this.locale = Locale.forLanguageTag(tag);
  }

  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag, as in {@code <html lang>} and the profile: en-AU, zh-CN. */
  public String tag() {
    return locale.toLanguageTag();
  }

  /**
   * The language a tag such as "zh", "zh-Hans-CN", "zh-CN" or "en-GB" stands for; empty for a tag
   * of another language (or none). Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not Simplified
   * Chinese, so it is not taken for it.
   */
  public static Optional<Language> supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    return switch (asked.getLanguage()) {
      case "en" -> Optional.of(EN_AU);
      case "zh" -> simplified(asked) ? Optional.of(ZH_CN) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** The language of a stored preference; the default when it names none of Salus's. */
  public static Language of(String tag) {
    return supported(tag).orElse(DEFAULT);
  }

  /**
   * The first of Salus's languages a browser's {@code Accept-Language} asks for, in the order of
   * its weights; empty when it asks for none of them or cannot be read.
   */
  public static Optional<Language> accepted(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    return ranges.stream()
        .filter(r -> r.getWeight() > 0)
        .map(r -> supported(r.getRange()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  public static List<Language> all() {
    return Arrays.asList(values());
  }

  private static boolean simplified(Locale zh) {
    String script = zh.getScript();
    if (!script.isEmpty()) {
      return script.equals("Hans");
    }
    return switch (zh.getCountry()) {
      case "TW", "HK", "MO" -> false;
      default -> true;
    };
  }
}
