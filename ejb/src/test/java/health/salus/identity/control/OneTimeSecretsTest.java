package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneTimeSecretsTest {

  private final OneTimeSecrets secrets = new OneTimeSecrets();

  @Test
  void tenDistinctRecoveryCodesThatLookLikeRecoveryCodes() {
    List<String> codes = secrets.recoveryCodes();

    assertThat(codes).hasSize(10);
    assertThat(new HashSet<>(codes)).hasSize(10);
    assertThat(codes).allMatch(OneTimeSecrets::looksLikeRecoveryCode);
    assertThat(OneTimeSecrets.looksLikeRecoveryCode("123456")).isFalse();
  }

  @Test
  void theDigestIgnoresCaseSpacesAndDashesButNothingElse() {
    String code = secrets.recoveryCodes().get(0);
    String digest = OneTimeSecrets.digest(code);

    assertThat(digest).hasSize(64).doesNotContain(code.replace("-", ""));
    assertThat(OneTimeSecrets.digest(" " + code.toUpperCase().replace("-", " ") + " "))
        .isEqualTo(digest);
    assertThat(OneTimeSecrets.digest(code.substring(1))).isNotEqualTo(digest);
  }

  @Test
  void appPasswordsAreLongRandomAndGrouped() {
    String one = secrets.appPassword();

    assertThat(one).matches("([a-z2-9]{4}-){5}[a-z2-9]{4}");
    assertThat(secrets.appPassword()).isNotEqualTo(one);
  }
}
