package health.salus.prescriptions.api;

import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.Prescription;
import health.salus.prescriptions.boundary.PrescriptionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{patientId}/medications}: a clinician of the patient's care team prescribes
 * {@code {name, dose, instructions, refills}} → 201 with the medication (POST); the patient, a
 * clinician of the care team, or an account holding the patient's active grant of MEDICATIONS (or
 * ALL), lists them (GET; anyone else 404).
 */
@Tag(name = "Prescriptions")
@Path("patients/{patientId}/medications")
@Produces(MediaType.APPLICATION_JSON)
public class PatientMedicationsResource {

  @Inject PrescriptionService prescriptions;

  @GET
  public List<MedicationView> medications(@PathParam("patientId") long patientId) {
    return prescriptions.medicationsOf(patientId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MedicationView.class)))
  public Response prescribe(@PathParam("patientId") long patientId, Prescription prescription) {
    MedicationView created = prescriptions.prescribe(patientId, prescription);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
