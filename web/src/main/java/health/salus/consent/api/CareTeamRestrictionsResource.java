package health.salus.consent.api;

import health.salus.consent.boundary.CareTeamRestrictionService;
import health.salus.consent.boundary.CareTeamRestrictionsInput;
import health.salus.consent.boundary.CareTeamRestrictionsView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/restrictions}: the categories the signed-in patient keeps from their care team ({@code
 * {categories: [...]}}); PUT replaces them (an empty list lifts all; an unknown category or {@code
 * ALL}: 400 and nothing changes). Patients only; anyone else 403.
 */
@Tag(name = "Consent")
@Path("me/restrictions")
@Produces(MediaType.APPLICATION_JSON)
public class CareTeamRestrictionsResource {

  @Inject CareTeamRestrictionService restrictions;

  @GET
  public CareTeamRestrictionsView restrictions() {
    return restrictions.myRestrictions();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The categories now kept from the care team",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CareTeamRestrictionsView.class)))
  public CareTeamRestrictionsView restrict(CareTeamRestrictionsInput input) {
    return restrictions.restrictTo(input);
  }
}
