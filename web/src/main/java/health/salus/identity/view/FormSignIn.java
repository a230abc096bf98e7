package health.salus.identity.view;

import health.salus.identity.boundary.SignInResult;
import health.salus.identity.security.SalusAuthenticationMechanism;
import health.salus.identity.security.SalusIdentityStore;
import health.salus.identity.security.SecondFactorCredential;
import health.salus.shared.view.DatabaseUnavailableException;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Signs a person in from a page (login and, right after registering, register), through the one
 * authentication mechanism, and sends them on to where they were going.
 */
@RequestScoped
public class FormSignIn {

  static final String HOME = "/home.xhtml";

  @Inject SecurityContext securityContext;
  @Inject SalusIdentityStore.LastSignIn lastSignIn;

  /**
   * Tries to sign in. On failure the page says so, alike for a wrong password and an unknown,
   * locked or disabled account (only a throttled network is told apart), and the answer is false.
   */
  boolean signIn(String username, String password) {
    return authenticate(
        new UsernamePasswordCredential(
            username == null ? "" : username, new Password(password == null ? "" : password)));
  }

  /**
   * The second step of a sign-in with multi-factor: the pending token and the code typed. A wrong
   * code says so (the pending sign-in stays good, see {@link #pendingSecondStep}); anything else
   * fails as a sign-in does.
   */
  boolean completeSignIn(String pendingToken, String code) {
    return authenticate(new SecondFactorCredential(pendingToken, code == null ? "" : code));
  }

  /**
   * After a sign-in that was not completed: the token of its second step when the password was
   * right and the account uses multi-factor sign-in (or the code was wrong), else empty.
   */
  Optional<String> pendingSecondStep(String pendingToken) {
    SignInResult result = lastSignIn.result();
    if (result == null) {
      return Optional.empty();
    }
    return switch (result.status()) {
      case SECOND_FACTOR_REQUIRED -> Optional.of(result.pendingToken());
      case SECOND_FACTOR_WRONG -> Optional.ofNullable(pendingToken);
      default -> Optional.empty();
    };
  }

  private boolean authenticate(Credential credential) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      return true;
    }
    if (external.getRequestMap().get(SalusAuthenticationMechanism.DATABASE_UNAVAILABLE)
        instanceof RuntimeException outage) {
      throw new DatabaseUnavailableException(outage);
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return false;
    }
    SignInResult result = lastSignIn.result();
    if (result != null && result.status() == SignInResult.Status.SECOND_FACTOR_REQUIRED) {
      return false;
    }
    PageMessages.error(
        null,
        result != null && result.retryAfter() != null
            ? UserMessages.text(
                failureKey(result.status()),
                Math.max(1, (result.retryAfter().toSeconds() + 59) / 60))
            : UserMessages.text(failureKey(result == null ? null : result.status())));
    return false;
  }

  /** Redirects to {@code next} when it is a path of this application, else to the home page. */
  void continueTo(String next) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + safeTarget(next));
  }

  /** Only a local path: no scheme, no host ("//evil.example"), no backslash tricks. */
  static String safeTarget(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(Character::isISOControl)
        || next.startsWith("/login.xhtml")) {
      return HOME;
    }
    return next;
  }

  static String failureKey(SignInResult.Status status) {
    if (status == null) {
      return "login.failed";
    }
    return switch (status) {
      case THROTTLED -> "login.throttled";
      case SECOND_FACTOR_WRONG -> "login.codeWrong";
      default -> "login.failed";
    };
  }
}
