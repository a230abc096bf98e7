package health.salus.identity.control;

import health.salus.shared.control.HmacSignature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proof, between the two steps of a sign-in with multi-factor, that the password was right: a
 * short-lived token (five minutes) naming the account and the stamp of the password it was given
 * for, signed with HMAC-SHA256. The login page is stateless and holds no session before the sign-in
 * is complete, so the page carries this token in its form; it is worth nothing without a valid
 * one-time code, and a changed password voids it. The key is derived from {@code
 * salus.form-token-key} (the same on every node of a cluster), else random at start-up.
 */
@ApplicationScoped
public class PendingSignIns {

  static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** A password step passed: whose, and the credential stamp it was passed with. */
  public record Pending(String username, String credentialStamp) {}

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.form-token-key")
  Optional<String> configuredKey;

  private HmacSignature signature;

  @PostConstruct
  void init() {
    signature = HmacSignature.keyedBy(configuredKey, "salus-mfa-pending:");
  }

  /** A token for the second step of this account's sign-in. */
  public String issue(String username, String credentialStamp) {
    String payload =
        ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8))
            + "."
            + credentialStamp
            + "."
            + clock.instant().plus(LIFETIME).getEpochSecond();
    return payload + "." + signature.sign(payload);
  }

  /** The pending sign-in a token stands for; empty when it is forged, altered or expired. */
  public Optional<Pending> verify(String token) {
    if (token == null || token.length() > 400) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    if (!signature.verifies(payload, parts[3])) {
      return Optional.empty();
    }
    try {
      if (clock.instant().getEpochSecond() >= Long.parseLong(parts[2])) {
        return Optional.empty();
      }
      return Optional.of(
          new Pending(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8), parts[1]));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
