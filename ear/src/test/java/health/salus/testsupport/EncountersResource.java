package health.salus.testsupport;

import health.salus.records.entity.Encounter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: reads the encounters that completing
 * an appointment recorded, which no page or API of the product shows yet. It only reads; the
 * encounters come from the real completion at {@code /salus} (both share the database).
 */
@Stateless
@PermitAll
@Path("test/encounters")
@Produces(MediaType.APPLICATION_JSON)
public class EncountersResource {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** One recorded encounter. */
  public record Recorded(
      long appointmentId,
      long patientId,
      long practitionerId,
      String notes,
      String outcome,
      String recordedBy) {}

  @GET
  @Path("{appointmentId}")
  public List<Recorded> of(@PathParam("appointmentId") long appointmentId) {
    return em
        .createQuery(
            "SELECT e FROM Encounter e WHERE e.appointmentId = :id ORDER BY e.id", Encounter.class)
        .setParameter("id", appointmentId)
        .getResultList()
        .stream()
        .map(
            e ->
                new Recorded(
                    e.getAppointmentId(),
                    e.getPatient().getId(),
                    e.getPractitioner().getId(),
                    e.getNotes(),
                    e.getOutcome(),
                    e.getRecordedBy()))
        .toList();
  }
}
