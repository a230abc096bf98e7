package health.salus.feedback.entity;

import health.salus.shared.entity.Refusal;

/** Texts of feedback: trimmed, required where said, not longer than the column. */
final class FeedbackTexts {

  private FeedbackTexts() {}

  static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "feedback." + field + ".required");
    }
    return optional(field, value, max);
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw Refusal.invalid(field, "feedback.textTooLong", max);
    }
    return text;
  }

  static int score(String field, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      throw Refusal.invalid(field, "feedback.scoreRange", min, max);
    }
    return value;
  }
}
