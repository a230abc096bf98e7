package health.salus.shared.view;

import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.entity.Refusal;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The one way a page runs a change: call the boundary; if it refuses, show why ({@link
 * PageMessages}: a field's problem on its input in the given form, anything else on the page) and
 * stay; if it is done, keep a confirmation from the bundle over the redirect to the page to show.
 */
public final class PageAction {

  private PageAction() {}

  /**
   * Runs {@code call}; done, confirms with {@code confirmationKey} and redirects to {@code target},
   * a path in the application with its query (say {@code /admin/users.xhtml?q=ann}).
   */
  public static void change(
      Runnable call, String formId, String target, String confirmationKey, Object... arguments)
      throws IOException {
    change(call, formId, Map.of(), target, confirmationKey, arguments);
  }

  /**
   * As {@link #change(Runnable, String, String, String, Object...)}, where {@code inputIds} maps a
   * field of the service to the id of the input that shows it, where they differ.
   */
  public static void change(
      Runnable call,
      String formId,
      Map<String, String> inputIds,
      String target,
      String confirmationKey,
      Object... arguments)
      throws IOException {
    if (attempt(call, formId, inputIds)) {
      PageMessages.flashInfo(confirmationKey, arguments);
      redirect(target);
    }
  }

  /** Runs {@code call}: true when done, false (with the refusal shown) when refused. */
  public static boolean attempt(Runnable call, String formId, Map<String, String> inputIds) {
    try {
      call.run();
      return true;
    } catch (Refusal refused) {
      PageMessages.show(refused, formId, inputIds);
    } catch (EJBAccessException denied) {
      PageMessages.show(denied);
    }
    return false;
  }

  /**
   * Runs a view action's read: a refusal answers the error page of its kind instead of the server
   * error page: 404 for what is not there (or not to be shown), 403 for what the caller may not do
   * (a boundary's role check included). True when the read went through.
   */
  public static boolean read(Runnable read) throws IOException {
    int status;
    try {
      read.run();
      return true;
    } catch (NotFoundException missing) {
      status = 404;
    } catch (AccessDeniedException | EJBAccessException denied) {
      status = 403;
    }
    sendError(status);
    return false;
  }

  /**
   * Answers the error page of this status (404, 403, 400) instead of the page, from a view action.
   */
  public static void sendError(int status) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(status, null);
    faces.responseComplete();
  }

  /**
   * The number a page's parameter gives ({@code ?id=14}, spaces around it allowed); none, with the
   * not-found page (404) sent instead of the page, when it is missing or no number.
   */
  public static OptionalLong number(String parameter) throws IOException {
    try {
      return OptionalLong.of(Long.parseLong(parameter == null ? "" : parameter.trim()));
    } catch (NumberFormatException notANumber) {
      sendError(404);
      return OptionalLong.empty();
    }
  }

  /** Redirects to a path in the application (with its query). */
  public static void redirect(String target) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + target);
  }
}
