package health.salus.scheduling.control;

import health.salus.scheduling.boundary.CalendarFeedStatus;
import health.salus.scheduling.entity.CalendarFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secret feed tokens and the feeds they open. A token is 256 random bits, URL-safe base64 without
 * padding (43 characters); only its SHA-256 hash is stored, so a leaked database opens no feed.
 */
@ApplicationScoped
public class CalendarFeeds {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random = new SecureRandom();

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public String newToken() {
    byte[] bits = new byte[32];
    random.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** The hex SHA-256 of the token, as stored. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }

  /** Whether the text could be a token at all (anything else is answered without a lookup). */
  public static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** Whether the patient has an active feed, and since when. */
  public CalendarFeedStatus status(long patientId) {
    return em.createNamedQuery(CalendarFeed.ACTIVE_SINCE, Instant.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .findFirst()
        .map(createdAt -> new CalendarFeedStatus(true, createdAt))
        .orElse(new CalendarFeedStatus(false, null));
  }

  public Optional<CalendarFeed> ofPatient(long patientId) {
    return em.createNamedQuery(CalendarFeed.BY_PATIENT, CalendarFeed.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .findFirst();
  }

  /** The active feed the token opens, if any. */
  public Optional<CalendarFeed> active(String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    return em.createNamedQuery(CalendarFeed.BY_TOKEN_HASH, CalendarFeed.class)
        .setParameter("tokenHash", hash(token))
        .getResultStream()
        .findFirst();
  }

  public void add(CalendarFeed feed) {
    em.persist(feed);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
