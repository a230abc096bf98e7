package health.salus.shared.view;

import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.InvalidInputException.Violation;
import health.salus.shared.entity.Refusal;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * The one place where refusals of the business layer become page messages: a field problem goes to
 * the input of that field ({@code <formId>:<field>}), anything else to the page's growl. Text
 * always comes from the bundle.
 */
public final class PageMessages {

  private PageMessages() {}

  /** Shows a business refusal; fields are the ids of the inputs in the given form. */
  public static void show(Refusal refusal, String formId) {
    show(refusal, formId, Map.of());
  }

  /**
   * Shows a business refusal; {@code inputIds} maps a field name of the service to the id of the
   * input that shows it, where they differ (say {@code currentPassword} to {@code current}).
   */
  public static void show(Refusal refusal, String formId, Map<String, String> inputIds) {
    if (refusal instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
      for (Violation violation : invalid.violations()) {
        error(clientId(formId, violation.field(), inputIds), UserMessages.text(violation));
      }
      return;
    }
    error(clientId(formId, refusal.field(), inputIds), UserMessages.text(refusal));
  }

  /** Shows that the container refused the call (a role is missing). */
  public static void show(EJBAccessException denied) {
    error(null, UserMessages.text("problem.forbiddenAction"));
  }

  /** An error message for one input (its client id) or, with null, for the page. */
  public static void error(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** A confirmation for the page, kept over the redirect that follows a change. */
  public static void flashInfo(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, UserMessages.text(key, arguments));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /** The client id of the field's input when the page has one; otherwise null (page message). */
  private static String clientId(String formId, String field, Map<String, String> inputIds) {
    if (field == null || formId == null) {
      return null;
    }
    String clientId = formId + ":" + inputIds.getOrDefault(field, field);
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null && faces.getViewRoot().findComponent(clientId) != null
        ? clientId
        : null;
  }
}
