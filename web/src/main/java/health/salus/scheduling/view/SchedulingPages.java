package health.salus.scheduling.view;

import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the scheduling pages do after a change: on success a confirmation and a redirect
 * (POST-Redirect-GET); on a refusal the message on the page, nothing changed.
 */
final class SchedulingPages {

  private SchedulingPages() {}

  /** Runs the call; true when it went through, false when a refusal was shown. */
  static boolean attempt(Runnable call, String formId, Map<String, String> inputIds) {
    try {
      call.run();
      return true;
    } catch (Refusal refused) {
      PageMessages.show(refused, formId, inputIds);
      return false;
    } catch (EJBAccessException denied) {
      PageMessages.show(denied);
      return false;
    }
  }

  static boolean attempt(Runnable call, String formId) {
    return attempt(call, formId, Map.of());
  }

  /** A confirmation that survives the redirect to the page ({@code /scheduling/...}). */
  static void done(String path, String messageKey, Object... arguments) {
    PageMessages.flashInfo(messageKey, arguments);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String patientParameter(Long patientId, char separator) {
    return patientId == null ? "" : separator + "patient=" + patientId;
  }
}
