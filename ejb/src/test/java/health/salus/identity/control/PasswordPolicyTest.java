package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = new PasswordPolicy();

  @Test
  void acceptsTheDemoPassword() {
    assertThat(POLICY.violation("Salus-demo-1", "alice")).isEmpty();
  }

  @Test
  void acceptsALongPassphrase() {
    assertThat(POLICY.violation("kettle orbit Mandarin 47 lantern", "bob")).isEmpty();
  }

  @ParameterizedTest(name = "{0} for {1} -> {2}")
  @CsvSource({
    "password1234,    bob,   password.common",
    "qwertyuiop123,   bob,   password.common",
    "short,           bob,   password.tooShort",
    "aliceAlice12345, alice, password.containsUsername",
    "xALICE-Salus-demo-1, alice, password.containsUsername",
  })
  void rejectsWithTheKeyOfTheBrokenRule(String password, String username, String key) {
    assertThat(POLICY.violation(password, username)).contains(key);
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // 11 emoji are 22 UTF-16 units but only 11 characters: too short.
    assertThat(POLICY.violation("\uD83D\uDE00".repeat(11), "bob")).contains("password.tooShort");
  }

  @Test
  void requiresAPasswordAndCapsItsLength() {
    assertThat(POLICY.violation(null, "bob")).contains("password.required");
    assertThat(POLICY.violation("", "bob")).contains("password.required");
    assertThat(POLICY.violation("Kx9-".repeat(33), "bob")).contains("password.tooLong");
  }

  @Test
  void elevenCharactersAreTooShortAndTwelveAreEnough() {
    assertThat(POLICY.violation("Vq7#mZ2!pL9", "bob")).contains("password.tooShort");
    assertThat(POLICY.violation("Vq7#mZ2!pL9w", "bob")).isEmpty();
  }
}
