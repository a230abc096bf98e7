package health.salus.scheduling.view;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.BookingService;
import health.salus.scheduling.boundary.CalendarFeedStatus;
import health.salus.scheduling.boundary.ConsultationAccess;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.scheduling.boundary.PatientAppointments;
import health.salus.scheduling.boundary.WaitlistService;
import health.salus.scheduling.boundary.WaitlistView;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A patient's appointments (or, for staff with {@code patient}, that patient's): upcoming (only
 * those that will take place) with move, cancel and how to join; then past and cancelled ones. The
 * page is stateless ({@code shared.view.StatelessViews}): each request reads the lists anew, and a
 * row's button posts the id of its appointment or waitlist entry (never its place in a list that
 * may have changed since the page was shown).
 */
@Named
@RequestScoped
public class MyAppointmentsBacking {

  static final int SHOWN = 100;
  static final String CANCEL = "cancel";
  static final String LEAVE = "leave";

  @Inject DiaryService diary;
  @Inject BookingService booking;
  @Inject WaitlistService waitlist;

  private Long patient;
  private boolean patientRead;
  private boolean patientFound = true;
  private List<AppointmentView> upcoming = List.of();
  private List<AppointmentView> past = List.of();
  private List<WaitlistView> waiting = List.of();
  private final Map<Long, ConsultationAccess> access = new HashMap<>();
  private long cutoffHours;
  private CalendarFeedStatus feed;

  /**
   * Shows the page (preRenderView, after any button's action): the appointments, the waitlist and
   * the calendar feed's status in one boundary call, for the patient asked for.
   *
   * <p>Not view parameters and view actions: a page that declares {@code <f:metadata>} makes Faces
   * apply it and its template once more on every GET just to find them (5 % of this page in JFR;
   * see shared.view.MetadataFreeViews).
   */
  public void show() throws IOException {
    if (patientAsked()) {
      load();
    }
  }

  /**
   * A row's button, posted (when the appointments' form has been validated, before the page is
   * read): cancels the appointment ({@code cancel}) or takes the entry off the waitlist ({@code
   * leave}) whose id the button carries, and redirects back to the page when done. Only a POST acts
   * (a GET that names a button changes nothing), and one whose id is no number shows the thing as
   * not found.
   */
  public void act() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (!"POST".equals(((HttpServletRequest) external.getRequest()).getMethod())
        || !patientAsked()) {
      return;
    }
    Map<String, String> posted = external.getRequestParameterMap();
    if (posted.containsKey(CANCEL)) {
      act(posted.get(CANCEL), "appointment.notFound", booking::cancel, "scheduling.cancelled");
    } else if (posted.containsKey(LEAVE)) {
      act(posted.get(LEAVE), "waitlist.notFound", waitlist::leave, "waitlist.left");
    }
  }

  /**
   * Reads the patient asked for once (SchedulingPages.readPatient); false when the not-found page
   * was sent instead.
   */
  private boolean patientAsked() throws IOException {
    if (!patientRead) {
      patientRead = true;
      patientFound = SchedulingPages.readPatient(id -> patient = id);
    }
    return patientFound;
  }

  private void load() {
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
          cutoffHours = read.cutoffHours();
          waiting = read.waiting();
          feed = read.feed();
        },
        null);
  }

  private void act(String id, String notFound, LongConsumer change, String doneKey) {
    long parsed;
    try {
      parsed = Long.parseLong(id);
    } catch (NumberFormatException malformed) {
      PageMessages.error(null, UserMessages.text(notFound));
      return;
    }
    if (SchedulingPages.attempt(() -> change.accept(parsed), null)) {
      SchedulingPages.done(
          "/scheduling/my-appointments.xhtml" + SchedulingPages.patientParameter(patient, '?'),
          doneKey);
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

  /** The calendar feed's status as the page's read found it; null when not read (not own page). */
  public CalendarFeedStatus getFeed() {
    return feed;
  }

  public long getCutoffHours() {
    return cutoffHours;
  }

  public Long getPatient() {
    return patient;
  }
}
