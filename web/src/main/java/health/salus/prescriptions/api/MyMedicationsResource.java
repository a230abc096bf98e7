package health.salus.prescriptions.api;

import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.PrescriptionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /me/medications}: the signed-in patient's medications. */
@Tag(name = "Prescriptions")
@Path("me/medications")
@Produces(MediaType.APPLICATION_JSON)
public class MyMedicationsResource {

  @Inject PrescriptionService prescriptions;

  @GET
  public List<MedicationView> medications() {
    return prescriptions.myMedications();
  }
}
