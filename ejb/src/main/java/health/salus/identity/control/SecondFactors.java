package health.salus.identity.control;

import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks the second factor of an account with multi-factor sign-in: a one-time code of its
 * authenticator app (each time step accepted once) or one of its unused recovery codes (used up by
 * this). The caller holds the account's row lock, so that two requests cannot both use one code.
 */
@Dependent
public class SecondFactors {

  /** What proved the second factor. */
  public enum Factor {
    ONE_TIME_CODE,
    RECOVERY_CODE
  }

  @Inject TotpCodes totp;
  @Inject MfaRepository repository;
  @Inject SecretSealing sealing;

  /** The factor the typed code proves (and uses up); empty when it proves nothing. */
  public Optional<Factor> accept(UserAccount account, String typed, Instant now) {
    if (!account.isMfaEnabled() || typed == null) {
      return Optional.empty();
    }
    if (OneTimeSecrets.looksLikeRecoveryCode(typed)) {
      return repository
          .unusedRecoveryCode(account, OneTimeSecrets.digest(typed))
          .filter(code -> code.use(now))
          .map(code -> Factor.RECOVERY_CODE);
    }
    var step = totp.matchingStep(sealing.open(account.getMfaSecret(), account.getId()), typed, now);
    if (step.isPresent() && account.acceptMfaStep(step.getAsLong())) {
      return Optional.of(Factor.ONE_TIME_CODE);
    }
    return Optional.empty();
  }
}
