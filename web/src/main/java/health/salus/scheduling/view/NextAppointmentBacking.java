package health.salus.scheduling.view;

import health.salus.scheduling.boundary.NextAppointment;
import health.salus.scheduling.boundary.SchedulingHome;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The next appointment on a patient's home page (their own, or that of someone the caller acts
 * for): asked once per patient and request.
 */
@Named
@ApplicationScoped
public class NextAppointmentBacking {

  static final String MAP_SEARCH = "https://www.openstreetmap.org/search?query=";

  @Inject SchedulingHome scheduling;

  /** The patient's next live appointment, or null when there is none. */
  public NextAppointment of(long patientId) {
    return RequestMemo.of(
        "scheduling.next." + patientId, () -> scheduling.next(patientId).orElse(null));
  }

  /** A map search for the site's address, for directions. */
  public String directions(NextAppointment appointment) {
    return MAP_SEARCH + URLEncoder.encode(appointment.siteAddress(), StandardCharsets.UTF_8);
  }
}
