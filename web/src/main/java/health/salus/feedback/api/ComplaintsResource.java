package health.salus.feedback.api;

import health.salus.feedback.boundary.ComplaintDashboard;
import health.salus.feedback.boundary.ComplaintOverview;
import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.ComplaintStepInput;
import health.salus.feedback.boundary.ComplaintSummaryView;
import health.salus.feedback.boundary.ComplaintTriage;
import health.salus.feedback.boundary.ComplaintView;
import health.salus.feedback.boundary.NewComplaint;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /complaints}: the complaints and compliments register. The patient (or a carer acting for
 * them, or staff with {@code patientId}) lodges one; staff list the register and its dashboard,
 * triage, acknowledge and resolve; the patient follows one and may withdraw it. One class, since
 * JAX-RS matches one root resource per path.
 */
@Tag(name = "Feedback")
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

  @Inject ComplaintService complaints;
  @Inject ComplaintOverview overview;

  @POST
  @Operation(
      summary = "Lodge a complaint or compliment",
      description =
          "PATIENT (own), CARER acting for the patient, STAFF for a patient ({patientId}). {kind:"
              + " COMPLAINT|COMPLIMENT, category: CARE|COMMUNICATION|ACCESS|BILLING|PRIVACY|OTHER,"
              + " description, appointmentId, practitionerId}. 201 RECEIVED, with the times by"
              + " which it is acknowledged (2 business days) and resolved (30 days).")
  @APIResponse(
      responseCode = "201",
      description = "Received",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplaintView.class)))
  public Response lodge(NewComplaint request, @Context UriInfo uri) {
    ComplaintView created = complaints.lodge(request);
    return CreatedAt.below(uri, created.id(), created);
  }

  @GET
  @Operation(summary = "The register for staff, newest first; ?status= filters")
  public PageOf<ComplaintSummaryView> register(
      @Parameter(schema = @Schema(implementation = ComplaintStatus.class)) @QueryParam("status")
          String status,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    ComplaintStatus wanted =
        Params.choice("status", status, ComplaintStatus.class, "feedback.statusUnknown");
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(complaints.register(wanted, paging.page(), paging.size()));
  }

  @GET
  @Path("dashboard")
  @Operation(
      summary = "The register in numbers",
      description =
          "STAFF, ADMIN: open items by status and severity, overdue ones, and the SLA performance"
              + " over the last 90 days.")
  public ComplaintDashboard dashboard() {
    return overview.dashboard();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A complaint with its history",
      description = "Staff; the patient and a carer acting for them. Anyone else: 404.")
  public ComplaintView read(@PathParam("id") long id) {
    return complaints.read(id);
  }

  @POST
  @Path("{id}/triage")
  @Operation(summary = "Triage: {severity (required), category, note, version}; staff")
  public ComplaintView triage(@PathParam("id") long id, ComplaintTriage triage) {
    return complaints.triage(id, triage);
  }

  @POST
  @Path("{id}/acknowledge")
  @Operation(summary = "RECEIVED → ACKNOWLEDGED: {note, version}; staff")
  public ComplaintView acknowledge(@PathParam("id") long id, ComplaintStepInput input) {
    return complaints.acknowledge(id, input);
  }

  @POST
  @Path("{id}/resolve")
  @Operation(summary = "Resolve an open complaint: {resolution (required), version}; staff")
  public ComplaintView resolve(@PathParam("id") long id, ComplaintStepInput input) {
    return complaints.resolve(id, input);
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraw an open complaint: {note, version}; the patient or their carer")
  public ComplaintView withdraw(@PathParam("id") long id, ComplaintStepInput input) {
    return complaints.withdraw(id, input);
  }
}
