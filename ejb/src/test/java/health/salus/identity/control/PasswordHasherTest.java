package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashHasTheStoredFormatWithTodaysWorkFactor() {
    String stored = hasher.hash("Salus-demo-1");

    assertThat(stored).startsWith("pbkdf2-sha256$600000$");
    String[] parts = stored.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(stored).doesNotContain("Salus-demo-1");
    assertThat(hasher.needsRehash(stored)).isFalse();
  }

  @Test
  void verifiesTheRightPasswordAndRejectsAWrongOne() {
    String stored = hasher.hash("correct horse battery");

    assertThat(hasher.verify("correct horse battery", stored)).isTrue();
    assertThat(hasher.verify("correct horse batterY", stored)).isFalse();
    assertThat(hasher.verify("", stored)).isFalse();
    assertThat(hasher.verify(null, stored)).isFalse();
  }

  @Test
  void theSamePasswordGetsADifferentSaltEachTime() {
    String first = hasher.hash("Salus-demo-1");
    String second = hasher.hash("Salus-demo-1");

    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    assertThat(hasher.verify("Salus-demo-1", first)).isTrue();
    assertThat(hasher.verify("Salus-demo-1", second)).isTrue();
  }

  @Test
  void aMalformedStoredHashNeverVerifies() {
    String stored = hasher.hash("Salus-demo-1");
    String[] parts = stored.split("\\$");

    assertThat(hasher.verify("Salus-demo-1", null)).isFalse();
    assertThat(hasher.verify("Salus-demo-1", "")).isFalse();
    assertThat(hasher.verify("Salus-demo-1", "Salus-demo-1")).isFalse();
    assertThat(hasher.verify("Salus-demo-1", "bcrypt$600000$" + parts[2] + "$" + parts[3]))
        .isFalse();
    assertThat(hasher.verify("Salus-demo-1", "pbkdf2-sha256$many$" + parts[2] + "$" + parts[3]))
        .isFalse();
    assertThat(hasher.verify("Salus-demo-1", "pbkdf2-sha256$600000$%%%$" + parts[3])).isFalse();
    assertThat(hasher.verify("Salus-demo-1", "pbkdf2-sha256$600000$" + parts[2])).isFalse();
  }

  @Test
  void aHashWithFewerIterationsStillVerifiesButNeedsRehash() throws Exception {
    // Made as an older setting would have made it: the same format at 1,000 iterations.
    byte[] salt = "saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec("Old-but-good-1".toCharArray(), salt, 1000, 256))
            .getEncoded();
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
    String weaker =
        "pbkdf2-sha256$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);

    assertThat(hasher.verify("Old-but-good-1", weaker)).isTrue();
    assertThat(hasher.verify("Old-but-good-2", weaker)).isFalse();
    assertThat(hasher.needsRehash(weaker)).isTrue();
    assertThat(hasher.needsRehash(hasher.hash("Old-but-good-1"))).isFalse();
    assertThat(hasher.needsRehash("something-else")).isTrue();
  }

  @Test
  void theConfiguredWorkFactorMakesTheNewHashesAndEveryStoredHashStillVerifies() {
    PasswordHasher testServer = new PasswordHasher(10_000);
    String fast = testServer.hash("Salus-demo-1");
    String recommended = hasher.hash("Salus-demo-1");

    assertThat(testServer.iterations()).isEqualTo(10_000);
    assertThat(fast).startsWith("pbkdf2-sha256$10000$");
    assertThat(testServer.verify("Salus-demo-1", fast)).isTrue();
    assertThat(testServer.verify("Salus-demo-1", recommended)).isTrue();
    assertThat(hasher.verify("Salus-demo-1", fast)).isTrue();
    assertThat(hasher.verify("Salus-demo-2", fast)).isFalse();
    assertThat(hasher.needsRehash(fast)).isTrue();
    assertThat(testServer.needsRehash(recommended)).isFalse();
  }

  @Test
  void aWorkFactorBelowTheLeastAllowedFallsBackToTheRecommendedOne() {
    PasswordHasher misconfigured = new PasswordHasher(PasswordHasher.MIN_ITERATIONS - 1);

    assertThat(misconfigured.iterations()).isEqualTo(PasswordHasher.RECOMMENDED_ITERATIONS);
    assertThat(new PasswordHasher(PasswordHasher.MIN_ITERATIONS).iterations())
        .isEqualTo(PasswordHasher.MIN_ITERATIONS);
    assertThat(new PasswordHasher().iterations()).isEqualTo(600_000);
  }
}
