package health.salus.scheduling.view;

import health.salus.scheduling.boundary.NextAppointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The next appointment on a patient's home page (read with the rest of the page:
 * home.boundary.PatientHomeService): directions to where it takes place.
 */
@Named
@ApplicationScoped
public class NextAppointmentBacking {

  static final String MAP_SEARCH = "https://www.openstreetmap.org/search?query=";

  /** A map search for the site's address, for directions. */
  public String directions(NextAppointment appointment) {
    return MAP_SEARCH + URLEncoder.encode(appointment.siteAddress(), StandardCharsets.UTF_8);
  }
}
