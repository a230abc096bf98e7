package health.salus.scheduling.view;

import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * What the scheduling pages do after a change: on success a confirmation and a redirect
 * (POST-Redirect-GET); on a refusal the message on the page, nothing changed.
 */
final class SchedulingPages {

  /** The parameter that names the patient a page is for. */
  static final String PATIENT = "patient";

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

  /**
   * Reads the patient a page's address asks for ({@code patient}, for staff and carers) and gives
   * its id to {@code into}; absent or empty: one's own page, nothing given. False, with the
   * not-found page sent instead of the page, when it is no number (the house rule for an id in an
   * address).
   */
  static boolean readPatient(LongConsumer into) throws IOException {
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PATIENT);
    if (asked == null || asked.isBlank()) {
      return true;
    }
    OptionalLong id = PageAction.number(asked);
    id.ifPresent(into);
    return id.isPresent();
  }

  static String patientParameter(Long patientId, char separator) {
    return patientId == null ? "" : separator + PATIENT + "=" + patientId;
  }
}
