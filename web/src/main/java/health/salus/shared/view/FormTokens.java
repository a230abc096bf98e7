package health.salus.shared.view;

import health.salus.shared.control.HmacSignature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tokens against cross-site posts of the stateless public forms (signed double submit): a random
 * value with an expiry, signed with HMAC-SHA256 under a server key. The same token goes into a
 * cookie and into a hidden field of the form; a post is accepted only when both are present, equal
 * and validly signed, and not expired. Another site can neither read the cookie nor make a token.
 * The key is {@code salus.form-token-key} (environment {@code SALUS_FORM_TOKEN_KEY}; at least 32
 * characters, the same on every node of a cluster), else a random key made at start-up.
 */
@ApplicationScoped
public class FormTokens {

  static final Duration LIFETIME = Duration.ofHours(8);

  /** A token with less left than this is replaced by a fresh one when a form is shown. */
  static final Duration RENEW_BEFORE = Duration.ofHours(1);

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "salus.form-token-key")
  Optional<String> configuredKey;

  private HmacSignature signature;
  private Clock clock = Clock.systemUTC();

  public FormTokens() {}

  /** For tests: a fixed key and clock. */
  FormTokens(byte[] key, Clock clock) {
    this.signature = new HmacSignature(key);
    this.clock = clock;
  }

  @PostConstruct
  void init() {
    signature = HmacSignature.keyedBy(configuredKey, "");
  }

  /** A new token: {@code random.expiry.signature}. */
  public String issue() {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String payload =
        ENCODER.encodeToString(random) + "." + clock.instant().plus(LIFETIME).getEpochSecond();
    return payload + "." + signature.sign(payload);
  }

  /** Whether the token was made here, is unchanged and has not expired. */
  public boolean valid(String token) {
    return remaining(token).map(left -> !left.isNegative() && !left.isZero()).orElse(false);
  }

  /** Whether a form may keep showing this token (valid, and not about to expire). */
  public boolean reusable(String token) {
    return remaining(token).map(left -> left.compareTo(RENEW_BEFORE) > 0).orElse(false);
  }

  /** A post carries the same valid token in its cookie and in its form field. */
  public boolean matches(String cookie, String field) {
    return cookie != null
        && field != null
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8))
        && valid(field);
  }

  private Optional<Duration> remaining(String token) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    int last = token.lastIndexOf('.');
    int first = token.indexOf('.');
    if (first <= 0 || last <= first) {
      return Optional.empty();
    }
    String payload = token.substring(0, last);
    if (!signature.verifies(payload, token.substring(last + 1))) {
      return Optional.empty();
    }
    try {
      long expiry = Long.parseLong(token.substring(first + 1, last));
      return Optional.of(Duration.ofSeconds(expiry - clock.instant().getEpochSecond()));
    } catch (NumberFormatException malformed) {
      return Optional.empty();
    }
  }
}
