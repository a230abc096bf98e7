package health.salus.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants (stored in UTC) in the user's time zone and dates the Australian way, for pages:
 * {@code #{timeDisplay.dateTime(entry.at)}}.
 */
@Named
@RequestScoped
public class TimeDisplay {

  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss z", UserMessages.LOCALE);
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", UserMessages.LOCALE);

  @Inject Instance<UserZone> userZone;

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The zone times are shown in, for the page to say so. */
  public ZoneId zone() {
    return userZone.isResolvable() ? userZone.get().zone() : UserZone.DEFAULT;
  }
}
