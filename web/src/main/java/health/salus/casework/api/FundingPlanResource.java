package health.salus.casework.api;

import health.salus.casework.boundary.FundingPlanView;
import health.salus.casework.boundary.FundingService;
import health.salus.casework.boundary.NewDelivery;
import health.salus.casework.boundary.NewFundingPlan;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The funding plan of an NDIS or aged-care case and the services delivered under it. */
@Path("cases/{id}/funding-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case management")
public class FundingPlanResource {

  @Inject FundingService funding;

  @POST
  @Operation(
      summary = "Set up the case's funding plan: {startsOn, endsOn, categories: [{name, budget}]}",
      description =
          "CASE_MANAGER of an NDIS or AGED_CARE case (another programme: 422); amounts in AUD,"
              + " positive, whole cents; a second plan: 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FundingPlanView.class)))
  public Response setUp(@PathParam("id") long id, NewFundingPlan plan, @Context UriInfo uri) {
    FundingPlanView created = funding.setUp(id, plan);
    return Response.created(uri.getAbsolutePath()).entity(created).build();
  }

  @GET
  @Operation(
      summary = "The case's funding plan: budget, used and remaining in total and per category",
      description = "The case team and the patient's side; no plan: 404.")
  public FundingPlanView read(@PathParam("id") long id) {
    return funding.read(id);
  }

  @POST
  @Path("deliveries")
  @Operation(
      summary =
          "Record a service delivered: {categoryId, deliveredOn, description, amount, provider,"
              + " overBudget, overBudgetReason}",
      description =
          "The case team. More than the category has left: 422, unless overBudget with a reason.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FundingPlanView.DeliveryView.class)))
  public Response recordDelivery(
      @PathParam("id") long id, NewDelivery delivery, @Context UriInfo uri) {
    FundingPlanView.DeliveryView created = funding.recordDelivery(id, delivery);
    return CreatedAt.below(uri, created.id(), created);
  }
}
