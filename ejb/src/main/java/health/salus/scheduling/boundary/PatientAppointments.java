package health.salus.scheduling.boundary;

import java.util.List;
import java.util.Map;

/**
 * A patient's appointments as their page shows them, read in one call: those from now on (live and
 * cancelled, by start), the earlier ones (by start), and how to join each live consultation that is
 * not in person, by appointment id; the cut-off for online changes in hours, for the page to tell
 * patients beforehand; the patient's waitlist entries not left; and, on a patient's own page, their
 * calendar feed's status ({@code feed} null elsewhere).
 */
public record PatientAppointments(
    List<AppointmentView> ahead,
    List<AppointmentView> earlier,
    Map<Long, ConsultationAccess> access,
    long cutoffHours,
    List<WaitlistView> waiting,
    CalendarFeedStatus feed) {

  public PatientAppointments {
    ahead = List.copyOf(ahead);
    earlier = List.copyOf(earlier);
    access = Map.copyOf(access);
    waiting = List.copyOf(waiting);
  }
}
