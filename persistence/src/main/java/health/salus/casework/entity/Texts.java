package health.salus.casework.entity;

import health.salus.shared.entity.Refusal;

/**
 * The rule for texts of a case: required (refused with {@code casework.<field>.required}), trimmed,
 * not longer than the column.
 */
final class Texts {

  private Texts() {}

  static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "casework." + field + ".required");
    }
    return optional(field, value, max);
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw Refusal.invalid(field, "casework.textTooLong", max);
    }
    return text;
  }
}
