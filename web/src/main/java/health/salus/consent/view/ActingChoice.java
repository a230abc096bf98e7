package health.salus.consent.view;

import health.salus.consent.boundary.RepresentedPerson;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Whom a carer acts for in this session: themselves ("me") or one of the people whose active grant
 * names them. Only such a person can be chosen (any other id is refused and changes nothing); a
 * choice whose grant has since been revoked or has ended counts as "me" again. The layout's header
 * shows the choice, so the person's name is always visible.
 */
@Named
@SessionScoped
public class ActingChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RepresentedPeople represented;

  /** The request parameter of the header's choice. */
  static final String PARAMETER = "acting-who";

  private Long patientId;

  /** The person acted for, while their grant lasts; null for "me". */
  public RepresentedPerson getPerson() {
    return represented.byId(patientId).orElse(null);
  }

  /** Whether this is the person chosen. */
  public boolean isChosen(RepresentedPerson person) {
    return patientId != null && person != null && patientId == person.patientId();
  }

  /** Whether a person was chosen whose grant no longer lets the carer in. */
  public boolean isEnded() {
    return patientId != null && getPerson() == null;
  }

  /**
   * Switches to the person chosen in the header (blank: "me") and goes home to act for them; an id
   * that is not one of the people represented now is refused with a message and changes nothing.
   */
  public void choose() throws IOException {
    String selected =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PARAMETER);
    if (selected == null || selected.isBlank()) {
      patientId = null;
      PageAction.redirect("/home.xhtml");
      return;
    }
    Long chosen = parse(selected);
    if (represented.byId(chosen).isEmpty()) {
      // Home afresh, so that nothing the page showed of that person stays on it.
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      PageMessages.error(null, UserMessages.text("carer.acting.unknown"));
      PageAction.redirect("/home.xhtml");
      return;
    }
    patientId = chosen;
    PageAction.redirect("/home.xhtml");
  }

  private static Long parse(String id) {
    try {
      return Long.valueOf(id.trim());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  public String getParameter() {
    return PARAMETER;
  }
}
