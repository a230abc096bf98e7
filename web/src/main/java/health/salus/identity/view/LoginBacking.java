package health.salus.identity.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The sign-in page: username and password, then for an account with multi-factor sign-in a code
 * from the authenticator app (or a recovery code), then on to the page the person asked for. The
 * page holds no session: between the two steps it carries the signed, short-lived token of the
 * password step in its form.
 */
@Named
@RequestScoped
public class LoginBacking {

  /** The form of the second step and its field with the pending token. */
  static final String PENDING_FIELD = "code:pending";

  @Inject FormSignIn formSignIn;

  private String username;
  private String password;
  private String next;
  private String pendingToken;
  private String code;
  private boolean backToPassword;

  public void signIn() throws IOException {
    if (formSignIn.signIn(username, password)) {
      formSignIn.continueTo(next);
      return;
    }
    pendingToken = formSignIn.pendingSecondStep(null).orElse(null);
  }

  public void verifyCode() throws IOException {
    if (formSignIn.completeSignIn(pendingToken, code)) {
      formSignIn.continueTo(next);
      return;
    }
    pendingToken = formSignIn.pendingSecondStep(pendingToken).orElse(null);
    backToPassword = pendingToken == null;
    code = null;
  }

  /**
   * Whether the page shows the code step: after a right password, and while its form is posted back
   * (the stateless view must render the form again to take the post).
   */
  public boolean isSecondStep() {
    if (backToPassword) {
      return false;
    }
    return pendingToken != null
        || FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .containsKey(PENDING_FIELD);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getPendingToken() {
    return pendingToken;
  }

  public void setPendingToken(String pendingToken) {
    this.pendingToken = pendingToken;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
