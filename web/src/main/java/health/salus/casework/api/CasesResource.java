package health.salus.casework.api;

import health.salus.casework.boundary.CaseEducationAssigned;
import health.salus.casework.boundary.CaseEducationView;
import health.salus.casework.boundary.CasePlanService;
import health.salus.casework.boundary.CaseSummaryView;
import health.salus.casework.boundary.CaseView;
import health.salus.casework.boundary.CaseloadSummary;
import health.salus.casework.boundary.CaseworkService;
import health.salus.casework.boundary.GoalProgress;
import health.salus.casework.boundary.GoalView;
import health.salus.casework.boundary.IntakeForm;
import health.salus.casework.boundary.IntakeService;
import health.salus.casework.boundary.IntakeView;
import health.salus.casework.boundary.NewCase;
import health.salus.casework.boundary.NewGoal;
import health.salus.casework.boundary.NewNote;
import health.salus.casework.boundary.NewProgrammeAssignment;
import health.salus.casework.boundary.NewReferral;
import health.salus.casework.boundary.NewReview;
import health.salus.casework.boundary.NewTask;
import health.salus.casework.boundary.NoteView;
import health.salus.casework.boundary.ReferralStep;
import health.salus.casework.boundary.ReferralView;
import health.salus.casework.boundary.ReviewView;
import health.salus.casework.boundary.StatusMove;
import health.salus.casework.boundary.TaskView;
import health.salus.casework.entity.CaseStatus;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /cases}: a case manager opens a case ({@code POST}), lists their caseload ({@code GET
 * ?status=}, paged) and its summary ({@code GET /cases/summary}); the case team and the patient's
 * side read one ({@code GET /cases/{id}}); the case manager moves it ({@code POST
 * /cases/{id}/open|hold|resume|close|reopen}) and adds team members ({@code POST
 * /cases/{id}/members}) and records its intake assessment ({@code PUT /cases/{id}/intake}, read by
 * the team with {@code GET}); the case team works on the care plan ({@code POST
 * /cases/{id}/goals|tasks|notes|referrals}, goal ratings, task completion, referral steps). One
 * class, since JAX-RS matches one root resource per path and would not look past {@code cases/{id}}
 * for the others.
 */
@Tag(name = "Case management")
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

  /** A team member to add, by username. */
  public record NewMember(String username) {}

  /** The version of the task as read, to refuse a stale completion (409). */
  public record TaskCompletion(Long version) {}

  @Inject CaseworkService cases;
  @Inject CasePlanService plan;
  @Inject IntakeService intakes;

  @POST
  @Operation(
      summary = "Open a case for a patient",
      description =
          "CASE_MANAGER; the caller is the case manager. {patientId, programme, summary,"
              + " fromReferral}: a case from a referral starts INTAKE, else OPEN. 201 with the"
              + " case.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  public Response open(NewCase request, @Context UriInfo uri) {
    CaseView created = cases.open(request);
    return CreatedAt.below(uri, created.id(), created);
  }

  @GET
  @Operation(summary = "The caller's caseload, newest first; ?status= filters")
  public PageOf<CaseSummaryView> caseload(
      @Parameter(schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status")
          String status,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    CaseStatus wanted = Params.choice("status", status, CaseStatus.class, "casework.statusUnknown");
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(cases.caseload(wanted, paging.page(), paging.size()));
  }

  @GET
  @Path("summary")
  @Operation(summary = "The caller's caseload in numbers: by status, overdue tasks, own tasks")
  public CaseloadSummary summary() {
    return cases.summary();
  }

  @GET
  @Path("{id}/intake")
  @Operation(
      summary = "The intake assessment of a case",
      description = "The case team; 404 when none is recorded.")
  public IntakeView intake(@PathParam("id") long id) {
    return intakes.read(id);
  }

  @PUT
  @Path("{id}/intake")
  @Operation(
      summary = "Record or revise the intake assessment of a case in INTAKE",
      description =
          "The case manager. {presentingNeeds, livingSituation, supports, riskLevel, risks,"
              + " personGoals, consentToShare, version}: presentingNeeds, livingSituation,"
              + " riskLevel, personGoals and consentToShare required, risks too when riskLevel is"
              + " MEDIUM or HIGH (400); to revise, version is the version read (stale or missing:"
              + " 409); a case not in INTAKE: 422. The case opens (POST /cases/{id}/open) only"
              + " once its intake is recorded.")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IntakeView.class)))
  @APIResponse(responseCode = "409", description = "Changed meanwhile (stale version)")
  @APIResponse(responseCode = "422", description = "The case is not in INTAKE")
  public IntakeView recordIntake(@PathParam("id") long id, IntakeForm form) {
    return intakes.record(id, form);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A case",
      description =
          "The case team sees it whole (view TEAM); the patient and a carer acting for them see"
              + " the goals, the SHARED notes and the tasks assigned to the patient (view"
              + " PATIENT). Anyone else: 404.")
  public CaseView read(@PathParam("id") long id) {
    return cases.read(id);
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "Close a case with its outcome (required); {outcome, version}")
  public CaseView close(@PathParam("id") long id, StatusMove move) {
    return cases.close(id, move);
  }

  @POST
  @Path("{id}/open")
  @Operation(summary = "Open a case in INTAKE; {version}")
  public CaseView openIntake(@PathParam("id") long id, StatusMove move) {
    return cases.openIntake(id, move);
  }

  @POST
  @Path("{id}/hold")
  @Operation(summary = "Put an open case on hold; {reason, version}")
  public CaseView hold(@PathParam("id") long id, StatusMove move) {
    return cases.putOnHold(id, move);
  }

  @POST
  @Path("{id}/resume")
  @Operation(summary = "Resume a case on hold; {version}")
  public CaseView resume(@PathParam("id") long id, StatusMove move) {
    return cases.resume(id, move);
  }

  @POST
  @Path("{id}/reopen")
  @Operation(summary = "Reopen a closed case, keeping its history; {reason, version}")
  public CaseView reopen(@PathParam("id") long id, StatusMove move) {
    return cases.reopen(id, move);
  }

  @POST
  @Path("{id}/members")
  @Operation(summary = "Add a case manager or clinician to the case team; {username}")
  public CaseView addMember(@PathParam("id") long id, NewMember member) {
    return cases.addMember(id, member == null ? null : member.username());
  }

  @POST
  @Path("{id}/goals")
  @Operation(summary = "Add a goal: {description, targetDate}")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalView.class)))
  public Response addGoal(@PathParam("id") long id, NewGoal goal, @Context UriInfo uri) {
    GoalView created = plan.addGoal(id, goal);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/goals/{goalId}/ratings")
  @Operation(summary = "Rate a goal's progress: {rating (1..10), comment}")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalView.class)))
  public Response rateGoal(
      @PathParam("id") long id, @PathParam("goalId") long goalId, GoalProgress progress) {
    return Response.status(Response.Status.CREATED)
        .entity(plan.rateGoal(id, goalId, progress))
        .build();
  }

  @POST
  @Path("{id}/tasks")
  @Operation(
      summary = "Add a task: {title, dueDate, assigneeUsername, priority}",
      description = "The assignee is a member of the case team or the patient; the caller if none.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskView.class)))
  public Response addTask(@PathParam("id") long id, NewTask task, @Context UriInfo uri) {
    TaskView created = plan.addTask(id, task);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/tasks/{taskId}/complete")
  @Operation(summary = "Complete a task: {version} optional; done already or stale: 409")
  public TaskView completeTask(
      @PathParam("id") long id, @PathParam("taskId") long taskId, TaskCompletion completion) {
    return plan.completeTask(id, taskId, completion == null ? null : completion.version());
  }

  @POST
  @Path("{id}/programmes")
  @Operation(
      summary = "Assign an education programme as part of the care plan: {programmeId, reason}",
      description =
          "The patient is enrolled (or keeps the enrolment they have: alreadyEnrolled) and told"
              + " who and why; the case shows it with the patient's progress, in its history and"
              + " on the patient timeline. On the case already: 200 with it. A closed case: 422.")
  @APIResponse(
      responseCode = "201",
      description = "Assigned on the case",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEducationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "On the case already",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEducationView.class)))
  public Response assignProgramme(
      @PathParam("id") long id, NewProgrammeAssignment request, @Context UriInfo uri) {
    CaseEducationAssigned assigned = plan.assignProgramme(id, request);
    if (!assigned.created()) {
      return Response.ok(assigned.programme()).build();
    }
    return CreatedAt.below(uri, assigned.programme().id(), assigned.programme());
  }

  @POST
  @Path("{id}/notes")
  @Operation(summary = "Add a note: {text, visibility INTERNAL|SHARED}")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NoteView.class)))
  public Response addNote(@PathParam("id") long id, NewNote note, @Context UriInfo uri) {
    NoteView created = plan.addNote(id, note);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/reviews")
  @Operation(
      summary = "Set a review of the case: {dueOn}",
      description =
          "When it falls due the case manager gets the task \"Review the case\" (once). NDIS and"
              + " AGED_CARE cases have their reviews set by their cycle.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewView.class)))
  public Response scheduleReview(@PathParam("id") long id, NewReview review, @Context UriInfo uri) {
    ReviewView created = plan.scheduleReview(id, review);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/referrals")
  @Operation(summary = "Send a referral: {toService, reason}")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralView.class)))
  public Response addReferral(
      @PathParam("id") long id, NewReferral referral, @Context UriInfo uri) {
    ReferralView created = plan.addReferral(id, referral);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/referrals/{referralId}/advance")
  @Operation(summary = "Move a referral on: {status: ACCEPTED} or {status: COMPLETED, result}")
  public ReferralView advanceReferral(
      @PathParam("id") long id, @PathParam("referralId") long referralId, ReferralStep step) {
    return plan.advanceReferral(id, referralId, step);
  }
}
