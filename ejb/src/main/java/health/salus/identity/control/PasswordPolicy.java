package health.salus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The password rules: 12 to 128 characters, not the username, not a common password (nbvcxz's list
 * of leaked passwords) and not guessable from such passwords with simple variations (an nbvcxz
 * estimate below {@value #MINIMUM_ENTROPY_BITS} bits).
 */
@ApplicationScoped
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  static final double MINIMUM_ENTROPY_BITS = 30;

  private final Map<String, Integer> commonPasswords =
      DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
  private final Nbvcxz estimator =
      new Nbvcxz(
          new ConfigurationBuilder().setMinimumEntropy(MINIMUM_ENTROPY_BITS).createConfiguration());

  /**
   * Returns the message key of the first rule the password breaks, or empty if it is acceptable.
   */
  public Optional<String> violation(String password, String username) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password.required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.containsUsername");
    }
    if (commonPasswords.containsKey(lower) || !estimator.estimate(password).isMinimumEntropyMet()) {
      return Optional.of("password.common");
    }
    return Optional.empty();
  }
}
