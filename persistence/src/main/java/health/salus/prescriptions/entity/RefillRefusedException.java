package health.salus.prescriptions.entity;

/**
 * A prescription rule refused a change to a medication or a refill request. The boundary turns each
 * {@link Reason} into the refusal the user sees (and its HTTP status).
 */
public class RefillRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which rule refused the change. */
  public enum Reason {
    /** The medication has no refills left. */
    NONE_REMAINING,
    /** The medication is no longer active. */
    NOT_ACTIVE,
    /** The request has been approved or denied already. */
    ALREADY_DECIDED,
    /** A denial without a reason. */
    REASON_REQUIRED
  }

  private final Reason reason;

  public RefillRefusedException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
