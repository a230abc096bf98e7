package health.salus.consent.api;

import health.salus.consent.boundary.ConsentService;
import health.salus.consent.boundary.RepresentedPerson;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /me/represented}: the patients whose active grants name the caller. */
@Tag(name = "Consent")
@Path("me/represented")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentedResource {

  @Inject ConsentService consent;

  @GET
  public List<RepresentedPerson> represented() {
    return consent.represented();
  }
}
