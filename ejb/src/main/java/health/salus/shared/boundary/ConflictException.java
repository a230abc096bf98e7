package health.salus.shared.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else got there first: a taken name or slot, a record changed meanwhile. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

  private final String field;

  public ConflictException(String field, String messageKey, Object... arguments) {
    super(Kind.CONFLICT, messageKey, arguments);
    this.field = field;
  }

  @Override
  public String field() {
    return field;
  }
}
