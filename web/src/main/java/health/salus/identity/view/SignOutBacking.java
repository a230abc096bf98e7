package health.salus.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out: the session ends and the sign-in page says so. */
@Named
@RequestScoped
public class SignOutBacking {

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ((HttpServletRequest) external.getRequest()).logout();
    } catch (ServletException alreadyGone) {
      // The session below is what holds the sign-in; ending it is enough.
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }
}
