package health.salus.shared.entity;

/**
 * The rule for a text a user enters: trimmed, empty as none, not longer than its column. A missing
 * required text is refused with {@code <feature>.<field>.required}, a long one with {@code
 * <feature>.textTooLong} (the most allowed as its argument): each feature names its own messages.
 */
public final class TextInput {

  private TextInput() {}

  /** The text trimmed; refused when blank or longer than {@code max}. */
  public static String required(String feature, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, feature + "." + field + ".required");
    }
    return optional(feature, field, value, max);
  }

  /** The text trimmed, or null when blank; refused when longer than {@code max}. */
  public static String optional(String feature, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw Refusal.invalid(field, feature + ".textTooLong", max);
    }
    return text;
  }
}
