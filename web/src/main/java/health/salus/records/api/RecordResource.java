package health.salus.records.api;

import health.salus.records.boundary.MedicalRecord;
import health.salus.records.boundary.RecordService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /patients/{patientId}/record}: the patient's medical record, limited to the categories
 * the caller may read (a section not allowed is absent); nothing allowed, or no such patient: 404.
 */
@Tag(name = "Records")
@Path("patients/{patientId}/record")
@Produces(MediaType.APPLICATION_JSON)
public class RecordResource {

  @Inject RecordService records;

  @GET
  @Operation(
      summary = "A patient's medical record",
      description =
          "{patient, sections, conditions, medications, allergies, observations (the latest 50;"
              + " observationsTotal), immunisations, encounters (the latest 20), documents}."
              + " CONDITIONS opens conditions, allergies and immunisations (and, for the patient"
              + " and the care team, encounters), MEDICATIONS medications, RESULTS observations;"
              + " for the patient, the care team and holders of the patient's grant. A result"
              + " with a release moment reaches the patient from then on.")
  public MedicalRecord record(@PathParam("patientId") long patientId) {
    return records.recordOf(patientId);
  }
}
