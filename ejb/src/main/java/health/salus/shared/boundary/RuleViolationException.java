package health.salus.shared.boundary;

import jakarta.ejb.ApplicationException;

/** A business rule refuses the action; the message says which and why. */
@ApplicationException(rollback = true)
public class RuleViolationException extends BusinessException {

  private final String field;

  public RuleViolationException(String messageKey, Object... arguments) {
    super(Kind.RULE, messageKey, arguments);
    this.field = null;
  }

  private RuleViolationException(String field, String messageKey, Object[] arguments) {
    super(Kind.RULE, messageKey, arguments);
    this.field = field;
  }

  /** A refusal about one input, shown beside it on a page and named in the API's errors. */
  public static RuleViolationException about(String field, String messageKey, Object... arguments) {
    return new RuleViolationException(field, messageKey, arguments);
  }

  @Override
  public String field() {
    return field;
  }
}
