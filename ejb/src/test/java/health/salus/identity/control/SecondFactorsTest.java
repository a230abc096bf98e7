package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import health.salus.identity.control.SecondFactors.Factor;
import health.salus.identity.entity.RecoveryCode;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecondFactorsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:10Z");

  private final SecondFactors factors = new SecondFactors();
  private final TotpCodes totp = new TotpCodes();
  private final MfaRepository repository = mock(MfaRepository.class);
  private final String secret = totp.newSecret();
  private UserAccount account;

  @BeforeEach
  void setUp() {
    factors.totp = totp;
    factors.repository = repository;
    factors.sealing = SecretSealingTest.sealing(null);
    account =
        new UserAccount(
            "mfa.user",
            "hash",
            "a@example.org",
            "A",
            LocalDate.of(1980, 1, 1),
            Set.of(Role.STAFF),
            NOW);
    account.beginMfaSetUp(secret);
    account.confirmMfa(TotpCodes.stepOf(NOW) - 1);
  }

  @Test
  void aOneTimeCodeProvesTheFactorOnce() {
    String code = totp.codeFor(secret, TotpCodes.stepOf(NOW));

    assertThat(factors.accept(account, code, NOW)).contains(Factor.ONE_TIME_CODE);
    assertThat(factors.accept(account, code, NOW)).as("replayed").isEmpty();
    assertThat(factors.accept(account, totp.codeFor(secret, TotpCodes.stepOf(NOW) + 2), NOW))
        .as("too far ahead")
        .isEmpty();
  }

  @Test
  void aRecoveryCodeProvesTheFactorOnceByItsDigest() {
    String typed = "ABCD-efgh-2345-jkmn";
    RecoveryCode stored = new RecoveryCode(account, OneTimeSecrets.digest(typed));
    when(repository.unusedRecoveryCode(any(), anyString())).thenReturn(Optional.empty());
    when(repository.unusedRecoveryCode(account, OneTimeSecrets.digest("abcdefgh2345jkmn")))
        .thenReturn(Optional.of(stored));

    assertThat(factors.accept(account, typed, NOW)).contains(Factor.RECOVERY_CODE);
    assertThat(stored.getUsedAt()).isEqualTo(NOW);
    assertThat(factors.accept(account, typed, NOW)).as("used up").isEmpty();
    assertThat(factors.accept(account, "zzzz-zzzz-zzzz-zzzz", NOW)).isEmpty();
  }

  @Test
  void nothingProvesAFactorOfAnAccountWithoutMfa() {
    account.turnOffMfa();

    assertThat(factors.accept(account, totp.codeFor(secret, TotpCodes.stepOf(NOW)), NOW)).isEmpty();
  }
}
