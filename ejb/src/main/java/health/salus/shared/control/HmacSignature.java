package health.salus.shared.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of short texts (tokens carried by a page or a form), in URL-safe Base64
 * without padding, and their check in constant time. One key per use.
 */
public final class HmacSignature {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public HmacSignature(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * Signs with the configured secret (at least 32 characters), prefixed by what it is for so that
   * one secret gives each use a key of its own; without one, with a random key of this server
   * (tokens then do not outlive a restart and are not shared by a cluster).
   */
  public static HmacSignature keyedBy(Optional<String> configured, String purpose) {
    if (configured != null && configured.isPresent() && configured.get().length() >= 32) {
      return new HmacSignature((purpose + configured.get()).getBytes(StandardCharsets.UTF_8));
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return new HmacSignature(random);
  }

  public String sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(ALGORITHM + " is not available", impossible);
    }
  }

  /** Whether the signature is the payload's, compared in constant time. */
  public boolean verifies(String payload, String signature) {
    return MessageDigest.isEqual(
        sign(payload).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
