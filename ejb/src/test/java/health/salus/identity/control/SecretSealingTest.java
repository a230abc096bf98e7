package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretSealingTest {

  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  static SecretSealing sealing(String key) {
    SecretSealing sealing = new SecretSealing();
    sealing.configuredKey = Optional.ofNullable(key);
    sealing.init();
    return sealing;
  }

  @Test
  void withAKeyTheSecretIsStoredEncryptedForItsAccountOnly() {
    SecretSealing sealing = sealing("a-key-of-at-least-thirty-two-characters!");
    String stored = sealing.seal(SECRET, 7L);

    assertThat(stored).startsWith("v1:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(128);
    assertThat(sealing.seal(SECRET, 7L)).as("a fresh nonce each time").isNotEqualTo(stored);
    assertThat(sealing.open(stored, 7L)).isEqualTo(SECRET);
    assertThat(sealing.open(stored, 8L)).as("copied to another account").isNull();
    assertThat(sealing("another-key-of-at-least-thirty-two-chars").open(stored, 7L)).isNull();
    assertThat(sealing.open(SECRET, 7L)).as("stored before the key was set").isEqualTo(SECRET);
  }

  @Test
  void withoutAKeyTheSecretIsStoredAsItIs() {
    SecretSealing sealing = sealing(null);

    assertThat(sealing.seal(SECRET, 7L)).isEqualTo(SECRET);
    assertThat(sealing.open(SECRET, 7L)).isEqualTo(SECRET);
  }
}
