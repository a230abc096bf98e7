package health.salus.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps TOTP secrets encrypted in the database (AES-256-GCM, the account id as associated data, so
 * a sealed secret copied to another account does not open) under a key from {@code
 * salus.mfa.secret-key} (environment {@code SALUS_MFA_SECRET_KEY}, 32 characters or more, the same
 * on every node and kept apart from database backups). Without a key, secrets are stored as they
 * are, and the server log says so once; a secret stored before a key was set still opens.
 */
@ApplicationScoped
public class SecretSealing {

  private static final String SEALED = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Logger LOG = Logger.getLogger(SecretSealing.class.getName());

  @Inject
  @ConfigProperty(name = "salus.mfa.secret-key")
  Optional<String> configuredKey;

  private final SecureRandom random = new SecureRandom();
  private SecretKeySpec key;

  @PostConstruct
  void init() {
    if (configuredKey != null && configuredKey.isPresent() && configuredKey.get().length() >= 32) {
      try {
        byte[] bytes =
            MessageDigest.getInstance("SHA-256")
                .digest(configuredKey.get().getBytes(StandardCharsets.UTF_8));
        key = new SecretKeySpec(bytes, "AES");
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA-256 is not available", e);
      }
    } else {
      LOG.warning(
          "SALUS_MFA_SECRET_KEY is not set (32 characters or more): two-step sign-in secrets are"
              + " stored unencrypted");
    }
  }

  /** The secret as stored for this account. */
  public String seal(String secret, Long accountId) {
    if (key == null) {
      return secret;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associated(accountId));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      return SEALED
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a secret", e);
    }
  }

  /** The secret stored for this account; null when it cannot be opened (another key). */
  public String open(String stored, Long accountId) {
    if (stored == null || !stored.startsWith(SEALED)) {
      return stored;
    }
    if (key == null) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(associated(accountId));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] associated(Long accountId) {
    return ("salus-mfa:" + accountId).getBytes(StandardCharsets.US_ASCII);
  }
}
