package health.salus.scheduling.api;

import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.boundary.PatientChoice;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /bookable-patients?name=} (STAFF): patients whose name contains the text (at least two
 * letters), at most 20, for booking on their behalf; the same search as the front desk's page. Each
 * patient shown is recorded in the audit trail.
 */
@Tag(name = "Scheduling")
@Path("bookable-patients")
@Produces(MediaType.APPLICATION_JSON)
public class BookablePatientsResource {

  @Inject BookingLookupService lookup;

  @GET
  public List<PatientChoice> find(
      @Parameter(
              required = true,
              description = "Two or more letters of the patient's name",
              schema = @Schema(type = SchemaType.STRING, minLength = 2))
          @QueryParam("name")
          String name) {
    return lookup.patients(name);
  }
}
