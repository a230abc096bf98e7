package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

  /** RFC 6238's test key ("12345678901234567890") in Base32; at T = 59 s its code is 287082. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static final Instant AT_59 = Instant.ofEpochSecond(59);

  private final TotpCodes totp = new TotpCodes();

  @Test
  void theRfcTestVectorMatchesItsStep() {
    assertThat(totp.codeFor(RFC_SECRET, 1)).isEqualTo("287082");
    assertThat(totp.matchingStep(RFC_SECRET, "287082", AT_59)).isEqualTo(OptionalLong.of(1));
    assertThat(totp.matchingStep(RFC_SECRET, " 287 082 ", AT_59)).isEqualTo(OptionalLong.of(1));
  }

  @Test
  void oneStepEitherSideIsAcceptedAndNoMore() {
    assertThat(totp.matchingStep(RFC_SECRET, "287082", AT_59.plusSeconds(30)))
        .as("a step late")
        .isEqualTo(OptionalLong.of(1));
    assertThat(totp.matchingStep(RFC_SECRET, "287082", AT_59.minusSeconds(30)))
        .as("a step early")
        .isEqualTo(OptionalLong.of(1));
    assertThat(totp.matchingStep(RFC_SECRET, "287082", AT_59.plusSeconds(60))).isEmpty();
    assertThat(totp.matchingStep(RFC_SECRET, "287082", AT_59.minusSeconds(60))).isEmpty();
  }

  @Test
  void wrongOrMalformedCodesMatchNothing() {
    assertThat(totp.matchingStep(RFC_SECRET, "287083", AT_59)).isEmpty();
    assertThat(totp.matchingStep(RFC_SECRET, "28708", AT_59)).isEmpty();
    assertThat(totp.matchingStep(RFC_SECRET, "28708x", AT_59)).isEmpty();
    assertThat(totp.matchingStep(RFC_SECRET, null, AT_59)).isEmpty();
    assertThat(totp.matchingStep(null, "287082", AT_59)).isEmpty();
  }

  @Test
  void aCodeIsAcceptedOnceAndNoEarlierCodeAfterIt() {
    UserAccount account =
        new UserAccount(
            "mfa.user",
            "hash",
            "a@example.org",
            "A",
            LocalDate.of(1980, 1, 1),
            Set.of(Role.PATIENT),
            AT_59);
    account.beginMfaSetUp(RFC_SECRET);
    account.confirmMfa(
        totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, 1), AT_59).getAsLong());
    Instant later = AT_59.plusSeconds(30);

    assertThat(account.acceptMfaStep(totp.matchingStep(RFC_SECRET, "287082", later).getAsLong()))
        .as("the code that confirmed the set-up, replayed within its window")
        .isFalse();
    long next = totp.matchingStep(RFC_SECRET, totp.codeFor(RFC_SECRET, 2), later).getAsLong();
    assertThat(account.acceptMfaStep(next)).isTrue();
    assertThat(account.acceptMfaStep(next)).as("the same code twice").isFalse();
    assertThat(account.acceptMfaStep(1)).as("an older code after a newer one").isFalse();
  }

  @Test
  void newSecretsAreBase32AndDiffer() {
    String one = totp.newSecret();
    assertThat(one).matches("[A-Z2-7]{32}");
    assertThat(totp.newSecret()).isNotEqualTo(one);
    assertThat(totp.otpauthUri(one, "alice"))
        .startsWith("otpauth://totp/")
        .contains("secret=" + one)
        .contains("issuer=Salus")
        .contains("period=30");
  }
}
