package health.salus.testsupport;

import health.salus.scheduling.entity.Appointment;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: moves an appointment booked through
 * the API so that it began a minute ago, instead of a test sleeping until its start (up to 80 s).
 * Only the appointment's own times move (its slot keeps its place, so no other booking can clash);
 * its length stays. No entity is in a shared cache, so the application reads the new times at once.
 */
@Stateless
@PermitAll
@Path("test/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentClockFixture {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** {@code {id, start, end}} of the appointment after the move. */
  @POST
  @Path("{id}/begun")
  public JsonObject begun(@PathParam("id") long id) {
    Appointment appointment = em.find(Appointment.class, id);
    if (appointment == null) {
      throw new NotFoundException("no appointment " + id);
    }
    Duration length = Duration.between(appointment.getStart(), appointment.getEnd());
    Instant start = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    em.createQuery("UPDATE Appointment a SET a.start = :start, a.end = :end WHERE a.id = :id")
        .setParameter("start", start)
        .setParameter("end", start.plus(length))
        .setParameter("id", id)
        .executeUpdate();
    return Json.createObjectBuilder()
        .add("id", id)
        .add("start", start.toString())
        .add("end", start.plus(length).toString())
        .build();
  }
}
