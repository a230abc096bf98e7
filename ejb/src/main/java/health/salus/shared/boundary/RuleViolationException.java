package health.salus.shared.boundary;

import jakarta.ejb.ApplicationException;

/** A business rule refuses the action; the message says which and why. */
@ApplicationException(rollback = true)
public class RuleViolationException extends BusinessException {

  public RuleViolationException(String messageKey, Object... arguments) {
    super(Kind.RULE, messageKey, arguments);
  }
}
