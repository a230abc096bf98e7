package health.salus.shared.boundary;

import jakarta.ejb.ApplicationException;

/** The thing does not exist, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(Kind.NOT_FOUND, messageKey, arguments);
  }
}
