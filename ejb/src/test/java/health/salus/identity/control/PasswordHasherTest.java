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
  void aHashWithFewerIterationsStillVerifiesButNeedsRehash() {
    String weaker =
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    assertThat(hasher.needsRehash(weaker)).isTrue();
    assertThat(hasher.needsRehash("something-else")).isTrue();
  }
}
