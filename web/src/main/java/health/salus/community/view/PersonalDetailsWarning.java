package health.salus.community.view;

import health.salus.shared.entity.Refusal;
import java.io.Serializable;

/**
 * The warning a form shows when the text seems to hold a phone number, e-mail address or Medicare
 * number: the service refuses it (422) until the author ticks "post it anyway", and this keeps
 * whether that box is shown and ticked.
 */
public class PersonalDetailsWarning implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String KEY_PREFIX = "community.personalDetails.";

  private boolean warned;
  private boolean confirmed;

  /** The call, noting a refusal for personal details so that the form offers the box. */
  Runnable watching(Runnable call) {
    return () -> {
      try {
        call.run();
      } catch (Refusal refused) {
        if (refused.messageKey().startsWith(KEY_PREFIX)) {
          warned = true;
        }
        throw refused;
      }
    };
  }

  /** Whether the form shows the "post it anyway" box. */
  public boolean isWarned() {
    return warned;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
