package health.salus.scheduling.view;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.AvailabilityService;
import health.salus.scheduling.boundary.AvailabilityView;
import health.salus.scheduling.boundary.BookablePractitioner;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.boundary.NewException;
import health.salus.scheduling.boundary.NewTemplate;
import health.salus.shared.boundary.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A practitioner's availability (their own, or for staff any chosen one): weekly templates and
 * one-off sessions, days away, and the appointments that need follow-up after a change.
 */
@Named
@ViewScoped
public class AvailabilityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AvailabilityService availability;
  @Inject BookingLookupService lookup;

  private Long practitioner;
  private AvailabilityView view;
  private List<AppointmentView> followUps = List.of();
  private List<BookablePractitioner> practitioners = List.of();

  private String dayOfWeek;
  private LocalDate date;
  private String start;
  private String end;
  private Integer slotMinutes = 30;
  private String mode;
  private LocalDate awayFrom;
  private LocalDate awayTo;
  private String awayReason;

  /** Loads the page (view action). */
  public void load() {
    SchedulingPages.attempt(
        () -> {
          practitioners = lookup.practitioners(null, null, null, null, 0, Page.MAX_SIZE).items();
          if (practitioner == null) {
            practitioner = availability.ownPractitionerId();
          }
          if (practitioner != null) {
            view = availability.availability(practitioner);
            followUps = availability.needingFollowUp(practitioner);
          }
        },
        null);
  }

  public void addTemplate() {
    if (SchedulingPages.attempt(
        () ->
            availability.addTemplate(
                practitioner,
                new NewTemplate(null, dayOfWeek, date, start, end, slotMinutes, mode)),
        "template")) {
      reload("availability.templateAdded");
    }
  }

  public void removeTemplate(AvailabilityView.Template t) {
    if (SchedulingPages.attempt(() -> availability.removeTemplate(practitioner, t.id()), null)) {
      reload("availability.templateRemoved");
    }
  }

  public void addException() {
    if (SchedulingPages.attempt(
        () ->
            availability.addException(practitioner, new NewException(awayFrom, awayTo, awayReason)),
        "away",
        Map.of("from", "awayFrom", "to", "awayTo", "reason", "awayReason"))) {
      reload("availability.exceptionAdded");
    }
  }

  public void removeException(AvailabilityView.Exception e) {
    if (SchedulingPages.attempt(() -> availability.removeException(practitioner, e.id()), null)) {
      reload("availability.exceptionRemoved");
    }
  }

  private void reload(String key) {
    SchedulingPages.done("/scheduling/availability.xhtml?practitioner=" + practitioner, key);
  }

  public AvailabilityView getView() {
    return view;
  }

  public List<AppointmentView> getFollowUps() {
    return followUps;
  }

  public List<BookablePractitioner> getPractitioners() {
    return practitioners;
  }

  public Long getPractitioner() {
    return practitioner;
  }

  public void setPractitioner(Long practitioner) {
    this.practitioner = practitioner;
  }

  public String getDayOfWeek() {
    return dayOfWeek;
  }

  public void setDayOfWeek(String dayOfWeek) {
    this.dayOfWeek = dayOfWeek;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public Integer getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(Integer slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public LocalDate getAwayFrom() {
    return awayFrom;
  }

  public void setAwayFrom(LocalDate awayFrom) {
    this.awayFrom = awayFrom;
  }

  public LocalDate getAwayTo() {
    return awayTo;
  }

  public void setAwayTo(LocalDate awayTo) {
    this.awayTo = awayTo;
  }

  public String getAwayReason() {
    return awayReason;
  }

  public void setAwayReason(String awayReason) {
    this.awayReason = awayReason;
  }
}
