package health.salus.identity.security;

import health.salus.identity.boundary.AuthenticationService;
import health.salus.identity.boundary.SignInChannel;
import health.salus.identity.boundary.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The one identity store of Salus: accounts in the database, checked by the identity feature's
 * {@link AuthenticationService}. Groups are the account's role names.
 */
@ApplicationScoped
public class SalusIdentityStore implements IdentityStore {

  @Inject AuthenticationService authentication;
  @Inject LastSignIn lastSignIn;

  /**
   * The last sign-in of this request: why it failed (for the page's message), its stamp, or the
   * token of its second step.
   */
  @RequestScoped
  public static class LastSignIn {
    private SignInResult result;

    public SignInResult result() {
      return result;
    }

    public SignInResult.Status status() {
      return result == null ? null : result.status();
    }

    void set(SignInResult result) {
      this.result = result;
    }
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    SignInResult result;
    if (credential instanceof SecondFactorCredential second) {
      result = authentication.completeSignIn(second.pendingToken(), second.code());
    } else if (credential instanceof UsernamePasswordCredential login) {
      SignInChannel channel =
          login instanceof ChannelCredential c ? c.channel() : SignInChannel.FORM;
      result = authentication.signIn(login.getCaller(), login.getPasswordAsString(), channel);
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    lastSignIn.set(result);
    if (!result.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(result.username(), result.roles());
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
