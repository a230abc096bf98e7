package health.salus.education.view;

import health.salus.scheduling.boundary.DiaryService;
import health.salus.scheduling.boundary.OwnConsultation;
import health.salus.shared.view.TimeDisplay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The educator's worklist on the home page: how many live consultations are booked for today, and
 * the next few still to come, read in one boundary call (the same read, audited the same way, as
 * the consultations page).
 */
@Named
@RequestScoped
public class EducatorHomeBacking {

  /** How many coming consultations the home lists; the consultations page lists them all. */
  static final int SHOWN = 3;

  /** How many of today's and the coming consultations are read to count and choose them. */
  private static final int READ = 50;

  @Inject DiaryService diary;
  @Inject TimeDisplay timeDisplay;
  @Inject Clock clock;

  private long today;
  private List<OwnConsultation> next;

  public long getToday() {
    load();
    return today;
  }

  public List<OwnConsultation> getNext() {
    load();
    return next;
  }

  private void load() {
    if (next != null) {
      return;
    }
    ZoneId zone = timeDisplay.zone();
    LocalDate date = LocalDate.now(clock.withZone(zone));
    Instant now = clock.instant();
    Instant tomorrow = date.plusDays(1).atStartOfDay(zone).toInstant();
    List<OwnConsultation> live =
        diary.ownConsultations(date.atStartOfDay(zone).toInstant(), READ).stream()
            .filter(c -> c.appointment().live())
            .toList();
    today = live.stream().filter(c -> c.appointment().start().isBefore(tomorrow)).count();
    next = live.stream().filter(c -> c.appointment().end().isAfter(now)).limit(SHOWN).toList();
  }
}
