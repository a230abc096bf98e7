package health.salus.casework.entity;

import health.salus.shared.entity.TextInput;

/**
 * The rule for texts of a case: required (refused with {@code casework.<field>.required}), trimmed,
 * not longer than the column.
 */
final class Texts {

  private Texts() {}

  static String required(String field, String value, int max) {
    return TextInput.required("casework", field, value, max);
  }

  static String optional(String field, String value, int max) {
    return TextInput.optional("casework", field, value, max);
  }
}
