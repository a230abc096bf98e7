package health.salus.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One end of a time filter: an instant, or a calendar day in the reader's own time zone. As a start
 * a day counts from its first moment; as an end it includes the whole day.
 */
public record TimeBound(Instant instant, LocalDate day) implements Serializable {

  public static TimeBound at(Instant instant) {
    return instant == null ? null : new TimeBound(instant, null);
  }

  public static TimeBound on(LocalDate day) {
    return day == null ? null : new TimeBound(null, day);
  }

  Instant asStart(ZoneId zone) {
    return instant != null ? instant : day.atStartOfDay(zone).toInstant();
  }

  Instant asEnd(ZoneId zone) {
    return instant != null ? instant : day.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
