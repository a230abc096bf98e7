package health.salus.shared.boundary;

import health.salus.shared.entity.Refusal;

/**
 * A refusal decided by a boundary (not found, not allowed, a conflict, a rule, bad input): a {@link
 * Refusal} like those the entities throw, mapped with them in one place. Subclasses are application
 * exceptions that roll the transaction back.
 */
public abstract class BusinessException extends Refusal {

  private static final long serialVersionUID = 1L;

  protected BusinessException(Kind kind, String messageKey, Object... arguments) {
    super(kind, null, messageKey, arguments);
  }
}
