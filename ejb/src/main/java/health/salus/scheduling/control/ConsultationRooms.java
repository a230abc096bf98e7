package health.salus.scheduling.control;

import health.salus.scheduling.entity.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Video rooms of online consultations: an unguessable room (128 random bits) per appointment on the
 * configured video service (SALUS_VIDEO_BASE_URL), open to both sides from ten minutes before the
 * start until an hour after the end.
 */
@ApplicationScoped
public class ConsultationRooms {

  static final Duration OPENS_BEFORE = Appointment.OPENS_BEFORE_START;
  static final Duration CLOSES_AFTER = Duration.ofHours(1);

  private final SecureRandom random = new SecureRandom();

  @Inject
  @ConfigProperty(name = "salus.video.base-url", defaultValue = "https://meet.jit.si/salus-")
  String baseUrl;

  /** A fresh room token: 128 random bits as 32 hex digits. */
  public String newRoom() {
    byte[] bits = new byte[16];
    random.nextBytes(bits);
    return HexFormat.of().formatHex(bits);
  }

  public String link(String room) {
    return baseUrl + room;
  }

  public static Instant opensAt(Instant start) {
    return start.minus(OPENS_BEFORE);
  }

  /** Whether a consultation from start to end may be joined at {@code now}. */
  public static boolean isOpen(Instant start, Instant end, Instant now) {
    return !now.isBefore(opensAt(start)) && now.isBefore(end.plus(CLOSES_AFTER));
  }
}
