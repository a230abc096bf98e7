package health.salus.scheduling.view;

import health.salus.shared.view.TimeDisplay;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Appointment times for pages, in the user's zone: "Mon 30/11/2026", "09:30". */
@Named
@RequestScoped
public class ScheduleDisplay {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", UserMessages.LOCALE);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", UserMessages.LOCALE);

  @Inject TimeDisplay timeDisplay;

  public ZoneId zone() {
    return timeDisplay.zone();
  }

  public LocalDate localDay(Instant instant) {
    return instant.atZone(zone()).toLocalDate();
  }

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(zone()));
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone()));
  }

  /** "Monday 30 November 2026, 09:30". */
  public String when(Instant instant) {
    return instant == null ? "" : day(instant) + ", " + time(instant);
  }
}
