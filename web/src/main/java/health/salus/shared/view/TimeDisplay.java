package health.salus.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Shows instants (stored in UTC) in the user's time zone and dates the way the user's language
 * writes them, for pages: {@code #{timeDisplay.dateTime(entry.at)}}. One for the application: it
 * keeps nothing of a request and asks the request's user for the zone at each call, so no page pays
 * for making one.
 */
@Named
@ApplicationScoped
public class TimeDisplay {

  @Inject Instance<UserZone> userZone;

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : LocalFormats.pattern("format.dateTime").format(instant.atZone(zone()));
  }

  public String date(LocalDate date) {
    return date == null ? "" : LocalFormats.pattern("format.date").format(date);
  }

  /** The zone times are shown in, for the page to say so. */
  public ZoneId zone() {
    return userZone.isResolvable() ? userZone.get().zone() : UserZone.DEFAULT;
  }
}
