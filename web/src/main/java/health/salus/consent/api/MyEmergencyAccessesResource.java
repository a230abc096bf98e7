package health.salus.consent.api;

import health.salus.consent.boundary.EmergencyAccessService;
import health.salus.consent.boundary.EmergencyAccessView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /me/emergency-accesses}: the signed-in clinician's emergency accesses open now, the
 * latest opened first ({@code [{id, patientId, patientName, reason, openedAt, validUntil}]}).
 */
@Tag(name = "Consent")
@Path("me/emergency-accesses")
@Produces(MediaType.APPLICATION_JSON)
public class MyEmergencyAccessesResource {

  @Inject EmergencyAccessService emergencies;

  @GET
  public List<EmergencyAccessView> open() {
    return emergencies.mine();
  }
}
