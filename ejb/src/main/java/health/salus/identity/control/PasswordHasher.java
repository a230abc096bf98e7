package health.salus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 password hashes, 16-byte salt, 32-byte key, stored as {@code
 * pbkdf2-sha256$iterations$salt$hash} so the work factor can grow later. The work factor is OWASP's
 * 600,000 iterations unless {@code salus.password.iterations} (environment {@code
 * SALUS_PASSWORD_ITERATIONS}) asks for another: more as machines get faster; fewer only on a test
 * server, whose suite registers and signs in thousands of times (each hash at 600,000 costs some
 * 150 ms of a core), and the server log then says so. A stored hash keeps the iterations it was
 * made with, so it verifies whatever the setting is now.
 */
@ApplicationScoped
public class PasswordHasher {

  static final String ALGORITHM = "pbkdf2-sha256";

  /** OWASP's recommendation for PBKDF2-HMAC-SHA256, and the default. */
  public static final int RECOMMENDED_ITERATIONS = 600_000;

  /** The fewest iterations the setting may ask for; below it the default is used. */
  static final int MIN_ITERATIONS = 1_000;

  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

  private final SecureRandom random = new SecureRandom();
  private int iterations = RECOMMENDED_ITERATIONS;
  private volatile String decoy;

  /** A hasher at the recommended work factor (the container's is configured). */
  public PasswordHasher() {}

  /** A hasher at this work factor, as {@code salus.password.iterations} would set it. */
  PasswordHasher(int iterations) {
    configure(iterations);
  }

  @Inject
  void configure(
      @ConfigProperty(name = "salus.password.iterations", defaultValue = "600000") int configured) {
    if (configured < MIN_ITERATIONS) {
      LOG.severe(
          () ->
              "SALUS_PASSWORD_ITERATIONS="
                  + configured
                  + " is below the least allowed ("
                  + MIN_ITERATIONS
                  + "): passwords are hashed with "
                  + RECOMMENDED_ITERATIONS
                  + " iterations");
      iterations = RECOMMENDED_ITERATIONS;
      return;
    }
    if (configured < RECOMMENDED_ITERATIONS) {
      LOG.warning(
          () ->
              "SALUS_PASSWORD_ITERATIONS="
                  + configured
                  + ": new password hashes are weaker than OWASP's "
                  + RECOMMENDED_ITERATIONS
                  + " iterations (meant for test servers only)");
    }
    iterations = configured;
  }

  /** The iterations of the hashes made now. */
  public int iterations() {
    return iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return ALGORITHM
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(key);
  }

  /** Whether the password matches the stored hash; compares in constant time. */
  public boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Does the work of verifying this password against a hash of today's work factor that nothing
   * matches: a sign-in refused before its password is checked (an unknown username, a disabled or
   * locked account) takes as long as one that is checked.
   */
  public void verifyAgainstDecoy(String password) {
    String hash = decoy;
    if (hash == null) {
      byte[] random = new byte[SALT_BYTES];
      this.random.nextBytes(random);
      hash = hash(Base64.getEncoder().encodeToString(random));
      decoy = hash;
    }
    verify(password == null ? "" : password, hash);
  }

  /** Whether a stored hash was made with a weaker setting than today's. */
  public boolean needsRehash(String stored) {
    String[] parts = stored.split("\\$");
    return parts.length != 4
        || !ALGORITHM.equals(parts[0])
        || Integer.parseInt(parts[1]) < iterations;
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }
}
