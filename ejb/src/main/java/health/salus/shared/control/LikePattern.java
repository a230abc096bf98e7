package health.salus.shared.control;

import java.util.Locale;

/**
 * A "contains" search as a LIKE pattern that matches what was typed literally: {@code %}, {@code _}
 * and the escape character itself are escaped, and queries add {@link #ESCAPE} after the pattern.
 * The escape character is {@code !}, not a backslash: a backslash would need escaping differently
 * in H2 and MySQL string literals, and is an ordinary character here.
 */
public final class LikePattern {

  /** What follows {@code LIKE :param} in JPQL. */
  public static final String ESCAPE = " ESCAPE '!'";

  private LikePattern() {}

  /** The pattern of values that contain {@code text} (trimmed, lower case). */
  public static String containing(String text) {
    String literal =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + literal + "%";
  }
}
