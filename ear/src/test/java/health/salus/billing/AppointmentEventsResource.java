package health.salus.billing;

import health.salus.scheduling.boundary.AppointmentEvent;
import health.salus.testsupport.AppointmentEvents;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: lets API tests over HTTP complete an
 * appointment as scheduling will, so that billing issues the invoice they then read at {@code
 * /salus}. Both applications share the server and the database.
 */
@Path("test/appointment-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentEventsResource {

  @Inject AppointmentEvents events;

  /** What to fire. */
  public record Fired(
      String kind,
      long appointmentId,
      long patientId,
      long practitionerId,
      String mode,
      Instant start) {}

  /** Fires the event; answers the ids of the invoices that the appointment has then. */
  @POST
  public List<Long> fire(Fired fired) {
    events.fire(
        AppointmentEvent.Kind.valueOf(fired.kind()),
        fired.appointmentId(),
        fired.patientId(),
        fired.practitionerId(),
        fired.mode(),
        fired.start());
    return events.invoicesOf(fired.appointmentId());
  }
}
