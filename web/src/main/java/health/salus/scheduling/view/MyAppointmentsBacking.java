package health.salus.scheduling.view;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.BookingService;
import health.salus.scheduling.boundary.ConsultationAccess;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.scheduling.boundary.PatientAppointments;
import health.salus.scheduling.boundary.WaitlistService;
import health.salus.scheduling.boundary.WaitlistView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A patient's appointments (or, for staff with {@code patient}, that patient's): upcoming (only
 * those that will take place) with move, cancel and how to join; then past and cancelled ones.
 */
@Named
@ViewScoped
public class MyAppointmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 100;

  @Inject DiaryService diary;
  @Inject BookingService booking;
  @Inject WaitlistService waitlist;

  private Long patient;
  private List<AppointmentView> upcoming = List.of();
  private List<AppointmentView> past = List.of();
  private List<WaitlistView> waiting = List.of();
  private final Map<Long, ConsultationAccess> access = new HashMap<>();
  private long cutoffHours;

  /** Loads the lists (view action): the appointments in one boundary call. */
  public void load() {
    SchedulingPages.attempt(
        () -> {
          PatientAppointments read = diary.ofPatient(patient, SHOWN);
          upcoming = read.ahead().stream().filter(AppointmentView::live).toList();
          // Past and cancelled: the cancelled ones still ahead first, then the past, newest first.
          List<AppointmentView> earlier = new ArrayList<>(read.earlier());
          Collections.reverse(earlier);
          List<AppointmentView> ended =
              new ArrayList<>(read.ahead().stream().filter(a -> !a.live()).toList());
          ended.addAll(earlier);
          past = ended;
          access.clear();
          access.putAll(read.access());
          cutoffHours = booking.cutoffHours();
          waiting = waitlist.list(null, patient);
        },
        null);
  }

  public void cancel(AppointmentView appointment) {
    if (SchedulingPages.attempt(() -> booking.cancel(appointment.id()), null)) {
      SchedulingPages.done(
          "/scheduling/my-appointments.xhtml" + SchedulingPages.patientParameter(patient, '?'),
          "scheduling.cancelled");
    }
  }

  /** Takes the entry off the waitlist. */
  public void leave(WaitlistView entry) {
    if (SchedulingPages.attempt(() -> waitlist.leave(entry.id()), null)) {
      SchedulingPages.done(
          "/scheduling/my-appointments.xhtml" + SchedulingPages.patientParameter(patient, '?'),
          "waitlist.left");
    }
  }

  public String moveQuery(AppointmentView a) {
    return "practitioner="
        + a.practitionerId()
        + "&move="
        + a.id()
        + SchedulingPages.patientParameter(patient, '&');
  }

  public ConsultationAccess access(AppointmentView a) {
    return access.get(a.id());
  }

  public List<AppointmentView> getUpcoming() {
    return upcoming;
  }

  public List<AppointmentView> getPast() {
    return past;
  }

  public List<WaitlistView> getWaiting() {
    return waiting;
  }

  public long getCutoffHours() {
    return cutoffHours;
  }

  public Long getPatient() {
    return patient;
  }

  public void setPatient(Long patient) {
    this.patient = patient;
  }
}
