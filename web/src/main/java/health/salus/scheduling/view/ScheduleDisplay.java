package health.salus.scheduling.view;

import health.salus.shared.view.LocalFormats;
import health.salus.shared.view.TimeDisplay;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Appointment times for pages, in the user's zone and language: "Monday 30 November 2026", "09:30".
 * One for the application, as {@link TimeDisplay} is.
 */
@Named
@ApplicationScoped
public class ScheduleDisplay {

  @Inject TimeDisplay timeDisplay;

  public ZoneId zone() {
    return timeDisplay.zone();
  }

  public LocalDate localDay(Instant instant) {
    return instant.atZone(zone()).toLocalDate();
  }

  public String day(Instant instant) {
    return instant == null ? "" : LocalFormats.pattern("format.day").format(instant.atZone(zone()));
  }

  public String time(Instant instant) {
    return instant == null
        ? ""
        : LocalFormats.pattern("format.time").format(instant.atZone(zone()));
  }

  /** "Monday 30 November 2026, 09:30". */
  public String when(Instant instant) {
    return instant == null ? "" : UserMessages.text("format.when", day(instant), time(instant));
  }
}
