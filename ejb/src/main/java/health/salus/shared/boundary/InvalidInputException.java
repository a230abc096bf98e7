package health.salus.shared.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * One or more inputs are not acceptable (a weak password, a malformed value); each violation names
 * its field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

  /**
   * A problem with one field: a message key of the bundle, or (for Bean Validation) the text as the
   * validator interpolated it.
   */
  public record Violation(String field, String messageKey, String text) {}

  private final transient List<Violation> violations;

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(Kind.INVALID, messageKey, arguments);
    this.violations = List.of(new Violation(field, messageKey, null));
  }

  public InvalidInputException(List<Violation> violations) {
    super(Kind.INVALID, "input.invalid");
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String field() {
    return violations.isEmpty() ? null : violations.get(0).field();
  }
}
