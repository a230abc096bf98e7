package health.salus.shared.control;

import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks an input against its Bean Validation constraints and turns every violation into a field
 * message, so that a bad input is refused before anything changes.
 */
@ApplicationScoped
public class InputValidation {

  @Inject Validator validator;

  public <T> T check(T input) {
    if (input == null) {
      throw new InvalidInputException("body", "input.missing");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      List<Violation> fields =
          violations.stream()
              .map(
                  v ->
                      new Violation(
                          v.getPropertyPath().toString(),
                          templateKey(v.getMessageTemplate()),
                          v.getMessage()))
              .sorted(Comparator.comparing(Violation::field))
              .toList();
      throw new InvalidInputException(fields);
    }
    return input;
  }

  /**
   * The key of a message template such as {@code {salus.email.invalid}}, so that the web layer can
   * say it in the reader's language (ValidationMessages bundles); null for a literal message.
   */
  static String templateKey(String template) {
    return template != null
            && template.startsWith("{")
            && template.endsWith("}")
            && template.indexOf('{', 1) < 0
        ? template.substring(1, template.length() - 1)
        : null;
  }
}
