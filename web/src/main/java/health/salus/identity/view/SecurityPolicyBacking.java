package health.salus.identity.view;

import health.salus.identity.boundary.SignInPolicyService;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The administrator's sign-in policy: multi-factor sign-in required for staff, or not. */
@Named
@RequestScoped
public class SecurityPolicyBacking {

  @Inject SignInPolicyService policy;

  private boolean mfaRequired;

  @PostConstruct
  void load() {
    mfaRequired = policy.mfaRequiredForStaff();
  }

  public void save() throws IOException {
    policy.requireMfaForStaff(mfaRequired);
    PageMessages.flashInfo("admin.security.saved");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/security.xhtml");
  }

  public boolean isMfaRequired() {
    return mfaRequired;
  }

  public void setMfaRequired(boolean mfaRequired) {
    this.mfaRequired = mfaRequired;
  }
}
