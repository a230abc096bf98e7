package health.salus.identity.view;

import health.salus.identity.boundary.IdentityService;
import health.salus.identity.security.SalusAuthenticationMechanism;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * Changing one's own password, on the profile page: this session goes on, the account's other
 * sessions end.
 */
@Named
@RequestScoped
public class PasswordBacking {

  static final String FORM = "password";

  /** The service's field names and the inputs that show their problems. */
  static final Map<String, String> INPUTS =
      Map.of("currentPassword", "current", "newPassword", "newPassword");

  @Inject IdentityService identity;
  @Inject SalusAuthenticationMechanism mechanism;

  private String current;
  private String newPassword;
  private String confirm;

  public void change() throws IOException {
    if (!Objects.equals(newPassword, confirm)) {
      PageMessages.error(FORM + ":confirm", UserMessages.text("register.passwordMismatch"));
      return;
    }
    try {
      identity.changePassword(current, newPassword);
    } catch (Refusal refused) {
      PageMessages.show(refused, FORM, INPUTS);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    mechanism.keepSessionAfterPasswordChange((HttpServletRequest) external.getRequest());
    PageMessages.flashInfo("password.changed");
    external.redirect(external.getRequestContextPath() + "/account/profile.xhtml");
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(String confirm) {
    this.confirm = confirm;
  }
}
