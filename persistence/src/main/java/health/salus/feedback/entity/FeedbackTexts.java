package health.salus.feedback.entity;

import health.salus.shared.entity.Refusal;
import health.salus.shared.entity.TextInput;

/** Inputs of feedback: texts as {@link TextInput} has them, scores within their range. */
final class FeedbackTexts {

  private FeedbackTexts() {}

  static String required(String field, String value, int max) {
    return TextInput.required("feedback", field, value, max);
  }

  static String optional(String field, String value, int max) {
    return TextInput.optional("feedback", field, value, max);
  }

  static int score(String field, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      throw Refusal.invalid(field, "feedback.scoreRange", min, max);
    }
    return value;
  }
}
