package health.salus.scheduling.entity;

/**
 * An appointment was asked to change to a state it cannot reach from where it is (cancel a
 * completed one, complete a cancelled one). Carries a message key of the user-facing bundle; the
 * service turns it into a business rule refusal.
 */
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public IllegalTransitionException(String messageKey, AppointmentStatus from) {
    super(messageKey + " (from " + from + ")");
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
