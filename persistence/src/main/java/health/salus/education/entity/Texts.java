package health.salus.education.entity;

import health.salus.shared.entity.Refusal;

/** The text rules of the education entities: required or optional, trimmed, within a length. */
final class Texts {

  private Texts() {}

  static String required(String value, String field, int max) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      throw Refusal.invalid(field, "education.required");
    }
    return within(trimmed, field, max);
  }

  static String optional(String value, String field, int max) {
    String trimmed = value == null ? "" : value.strip();
    return trimmed.isEmpty() ? null : within(trimmed, field, max);
  }

  private static String within(String trimmed, String field, int max) {
    if (trimmed.length() > max) {
      throw Refusal.invalid(field, "education.tooLong", max);
    }
    return trimmed;
  }
}
