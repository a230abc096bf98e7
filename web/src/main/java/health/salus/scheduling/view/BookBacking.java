package health.salus.scheduling.view;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.BookablePractitioner;
import health.salus.scheduling.boundary.Booking;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.boundary.BookingService;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.scheduling.boundary.FreeSlot;
import health.salus.scheduling.boundary.JoinWaitlist;
import health.salus.scheduling.boundary.SlotTakenException;
import health.salus.scheduling.boundary.WaitlistService;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Booking a practitioner's free time (or, with {@code move}, moving an appointment to it): the free
 * slots of one week by day (this week, or {@code week} weeks on, with links to the weeks before and
 * after), a reason, one click per time. A time taken meanwhile says so and shows the refreshed
 * times. One week is the most a page shows, however full the diary.
 */
@Named
@ViewScoped
public class BookBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The days one page shows. */
  static final int DAYS = 7;

  /** The last week one may open, a year ahead (slots are made a few weeks ahead). */
  static final int LAST_WEEK = 52;

  /** The most times one week shows. */
  static final int MOST = Page.MAX_SIZE;

  /** The free times of one day. */
  public record Day(String label, List<FreeSlot> slots) {}

  @Inject BookingLookupService lookup;
  @Inject BookingService booking;
  @Inject DiaryService diary;
  @Inject WaitlistService waitlist;
  @Inject ScheduleDisplay display;
  @Inject Clock clock;

  private Long practitioner;
  private Long patient;
  private Long move;
  private String mode;
  private String reason;
  private int week;
  private BookablePractitioner who;
  private AppointmentView moving;
  private List<Day> days = List.of();

  /** Loads the page (view action): the practitioner, the appointment to move, the free times. */
  public void load() {
    if (!SchedulingPages.attempt(this::loadNow, null)) {
      days = List.of();
    }
  }

  private void loadNow() {
    if (move != null) {
      moving = diary.appointment(move);
      if (practitioner != null && practitioner != moving.practitionerId()) {
        // An appointment moves only within its practitioner's diary (the appointment's rule):
        // say so, and offer that practitioner's times instead.
        PageMessages.error(null, UserMessages.text("appointment.otherPractitioner"));
      }
      practitioner = moving.practitionerId();
    }
    if (practitioner == null) {
      return;
    }
    try {
      who = lookup.practitioner(practitioner);
    } catch (NotFoundException noTimes) {
      // No such practitioner, or none with times to book: the page says so in place of the times.
      who = null;
      days = List.of();
      return;
    }
    week = Math.max(0, Math.min(week, LAST_WEEK));
    Instant now = clock.instant();
    LocalDate first = display.localDay(now).plusDays((long) DAYS * week);
    Instant from = week == 0 ? now : first.atStartOfDay(display.zone()).toInstant();
    Instant to = first.plusDays(DAYS).atStartOfDay(display.zone()).toInstant();
    Map<LocalDate, List<FreeSlot>> byDay = new LinkedHashMap<>();
    for (FreeSlot slot : lookup.freeSlots(practitioner, mode, from, to, 0, MOST).items()) {
      byDay
          .computeIfAbsent(display.localDay(slot.start()), d -> new java.util.ArrayList<>())
          .add(slot);
    }
    days = byDay.values().stream().map(s -> new Day(display.day(s.get(0).start()), s)).toList();
  }

  /** Books the chosen time, or moves the appointment to it. */
  public void choose(FreeSlot slot) {
    try {
      if (moving != null) {
        booking.reschedule(moving.id(), slot.id());
        done("scheduling.moved", display.when(slot.start()));
      } else {
        booking.book(new Booking(slot.id(), reason, patient));
        done("scheduling.booked", display.when(slot.start()));
      }
    } catch (SlotTakenException taken) {
      PageMessages.error(null, UserMessages.text(taken));
      load();
    } catch (Refusal refused) {
      PageMessages.show(refused, "booking", Map.of("slotId", "reason"));
    }
  }

  /** Puts the patient on the practitioner's waitlist (the page's mode, if chosen). */
  public void joinWaitlist() {
    if (SchedulingPages.attempt(
        () -> waitlist.join(new JoinWaitlist(practitioner, mode, null, patient)), "waitlist")) {
      SchedulingPages.done(
          "/scheduling/my-appointments.xhtml" + SchedulingPages.patientParameter(patient, '?'),
          "waitlist.joined",
          who.fullName());
    }
  }

  private void done(String key, String when) {
    SchedulingPages.done(
        "/scheduling/my-appointments.xhtml" + SchedulingPages.patientParameter(patient, '?'),
        key,
        when);
  }

  /** The query of this page for another week ({@code week} from 0, this week). */
  public String weekQuery(int other) {
    return "practitioner="
        + practitioner
        + "&week="
        + other
        + (mode == null || mode.isBlank() ? "" : "&mode=" + mode)
        + (move == null ? "" : "&move=" + move)
        + SchedulingPages.patientParameter(patient, '&');
  }

  public boolean isLastWeek() {
    return week >= LAST_WEEK;
  }

  public int getWeek() {
    return week;
  }

  public void setWeek(int week) {
    this.week = week;
  }

  public List<Day> getDays() {
    return days;
  }

  public BookablePractitioner getWho() {
    return who;
  }

  public AppointmentView getMoving() {
    return moving;
  }

  public Long getPractitioner() {
    return practitioner;
  }

  public void setPractitioner(Long practitioner) {
    this.practitioner = practitioner;
  }

  public Long getPatient() {
    return patient;
  }

  public void setPatient(Long patient) {
    this.patient = patient;
  }

  public Long getMove() {
    return move;
  }

  public void setMove(Long move) {
    this.move = move;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
