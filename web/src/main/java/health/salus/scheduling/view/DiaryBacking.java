package health.salus.scheduling.view;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.ConsultationRecord;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.shared.view.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The clinician's diary: day and week calendar of their appointments, and today's patients with
 * quick state changes (arrived, did not attend, completed with notes and outcome).
 */
@Named
@ViewScoped
public class DiaryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DiaryService diary;
  @Inject ScheduleDisplay display;
  @Inject Clock clock;

  private ZoneId zone;
  private ScheduleModel calendar;
  private List<AppointmentView> today = List.of();
  private AppointmentView selected;
  private String notes;
  private String outcome;

  @PostConstruct
  void init() {
    zone = display.zone();
    calendar = new Calendar();
    SchedulingPages.attempt(
        () -> {
          LocalDate day = LocalDate.now(clock.withZone(zone));
          today =
              diary
                  .appointments(
                      null,
                      null,
                      day.atStartOfDay(zone).toInstant(),
                      day.plusDays(1).atStartOfDay(zone).toInstant(),
                      0,
                      200)
                  .items();
        },
        null);
  }

  /** Loads the appointments of the days the calendar shows. */
  class Calendar extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      for (AppointmentView a :
          diary
              .appointments(
                  null, null, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), 0, 200)
              .items()) {
        addEvent(
            DefaultScheduleEvent.builder()
                .id(Long.toString(a.id()))
                .title(
                    a.patientName()
                        + " ("
                        + UserMessages.text("mode." + a.mode())
                        + ", "
                        + UserMessages.text("status." + a.status())
                        + ")")
                .startDate(LocalDateTime.ofInstant(a.start(), zone))
                .endDate(LocalDateTime.ofInstant(a.end(), zone))
                .styleClass("appointment-" + a.status().toLowerCase(java.util.Locale.ROOT))
                .editable(false)
                .build());
      }
    }
  }

  public void arrive(AppointmentView a) {
    change(() -> diary.markArrived(a.id()), "diary.arrived", a);
  }

  public void noShow(AppointmentView a) {
    change(() -> diary.markNoShow(a.id()), "diary.noShow", a);
  }

  /** Opens the completion dialog for an appointment. */
  public void select(AppointmentView a) {
    selected = a;
    notes = null;
    outcome = null;
  }

  public void complete() {
    if (selected != null
        && SchedulingPages.attempt(
            () -> diary.complete(selected.id(), new ConsultationRecord(notes, outcome)),
            "complete",
            Map.of())) {
      SchedulingPages.done("/scheduling/diary.xhtml", "diary.completed", selected.patientName());
    }
  }

  private void change(Runnable call, String key, AppointmentView a) {
    if (SchedulingPages.attempt(call, null)) {
      SchedulingPages.done("/scheduling/diary.xhtml", key, a.patientName());
    }
  }

  public String getTimeZone() {
    return zone.getId();
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  public List<AppointmentView> getToday() {
    return today;
  }

  public AppointmentView getSelected() {
    return selected;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
