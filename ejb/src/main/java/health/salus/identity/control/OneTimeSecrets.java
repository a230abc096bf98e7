package health.salus.identity.control;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The long random secrets of multi-factor sign-in that are shown once and kept only as a digest:
 * recovery codes (by the TOTP library, 16 letters and digits each) and app passwords (24 letters
 * and digits, about 124 bits). Being long and random, a plain SHA-256 keeps them safe (no slow hash
 * is needed, so they are fast to check); the digest ignores case, spaces and dashes as people type
 * them.
 */
@ApplicationScoped
public class OneTimeSecrets {

  public static final int RECOVERY_CODES = 10;

  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int APP_PASSWORD_LENGTH = 24;

  private final SecureRandom random = new SecureRandom();

  /** A new set of recovery codes. */
  public List<String> recoveryCodes() {
    return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
  }

  /** A new app password, in groups of four ({@code abcd-efgh-...}). */
  public String appPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < APP_PASSWORD_LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }

  /** Whether a typed value looks like a recovery code rather than a six-digit one-time code. */
  public static boolean looksLikeRecoveryCode(String typed) {
    return typed != null && normalise(typed).length() > 8;
  }

  /** The digest stored for a secret: SHA-256 (hex) of its letters and digits in lower case. */
  public static String digest(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(normalise(secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String normalise(String secret) {
    return secret == null ? "" : secret.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
