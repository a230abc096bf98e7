package health.salus.shared.boundary;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this to this object. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(Kind.FORBIDDEN, messageKey, arguments);
  }
}
