package health.salus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password were verified against the stored
 * PBKDF2 hash, so that an API client sending Basic credentials with every request does not pay
 * 600,000 iterations each time. It keeps only an HMAC of the password under a random key that never
 * leaves memory, and the stored hash it was checked against: a changed password, a disabled or
 * locked account invalidates the entry (the caller checks the account on every request).
 */
@ApplicationScoped
public class CredentialCache {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  @Inject Clock clock;

  private final byte[] key = new byte[32];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(byte[] passwordMac, String storedHash, Instant expiresAt) {}

  public CredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  /** Whether this password was verified for this stored hash within the last few minutes. */
  public boolean isVerified(String username, String password, String storedHash) {
    Entry entry = entries.get(username);
    if (entry == null) {
      return false;
    }
    if (!clock.instant().isBefore(entry.expiresAt()) || !entry.storedHash().equals(storedHash)) {
      entries.remove(username, entry);
      return false;
    }
    return MessageDigest.isEqual(entry.passwordMac(), mac(username, password));
  }

  public void remember(String username, String password, String storedHash) {
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(
        username,
        new Entry(mac(username, password), storedHash, clock.instant().plus(TIME_TO_LIVE)));
  }

  public void forget(String username) {
    entries.remove(username);
  }

  private byte[] mac(String username, String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      hmac.update(username.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
