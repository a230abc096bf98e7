package health.salus.scheduling.api;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.Booking;
import health.salus.scheduling.boundary.BookingService;
import health.salus.scheduling.boundary.ConsultationAccess;
import health.salus.scheduling.boundary.ConsultationRecord;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.Page;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /appointments}: book, list, see, cancel, reschedule; the practitioner's arrive, no-show
 * and complete (an educator's {@code complete-education}, without an encounter); the consultation
 * link. The list is a {@link PageOf}, paged with {@code ?page=&size=} (default 50, max 200), the
 * total repeated in {@code X-Total-Count}. A slot taken meanwhile is a 409 whose problem carries
 * {@code nextFreeSlots}.
 */
@Tag(name = "Scheduling")
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

  @Inject BookingService booking;
  @Inject DiaryService diary;

  /** The new slot of a reschedule. */
  public record SlotChoice(Long slotId) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class)))
  public Response book(Booking request, @Context UriInfo uri) {
    AppointmentView created = booking.book(request);
    return CreatedAt.below(uri, created.id(), created);
  }

  @GET
  public PageOf<AppointmentView> list(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("practitionerId")
          String practitionerId,
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("from") String from,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("to") String to,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 50);
    Page<AppointmentView> result =
        diary.appointments(
            Params.id("practitionerId", practitionerId),
            Params.id("patientId", patientId),
            Params.instant("from", from, null),
            Params.instant("to", to, null),
            paging.page(),
            paging.size());
    return PageOf.of(result);
  }

  @GET
  @Path("{id}")
  public AppointmentView one(@PathParam("id") long id) {
    return diary.appointment(id);
  }

  /** The appointment as an RFC 5545 file to add to a calendar. */
  @GET
  @Path("{id}/calendar.ics")
  @Produces(CalendarFeedsResource.TEXT_CALENDAR)
  @APIResponse(
      responseCode = "200",
      description = "The appointment, RFC 5545",
      content =
          @Content(
              mediaType = CalendarFeedsResource.TEXT_CALENDAR,
              schema = @Schema(type = SchemaType.STRING)))
  public Response calendar(@PathParam("id") long id) {
    return CalendarFeedsResource.download(diary.calendar(id));
  }

  @POST
  @Path("{id}/cancel")
  public AppointmentView cancel(@PathParam("id") long id) {
    return booking.cancel(id);
  }

  @POST
  @Path("{id}/reschedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public AppointmentView reschedule(@PathParam("id") long id, SlotChoice choice) {
    return booking.reschedule(id, choice == null ? null : choice.slotId());
  }

  @POST
  @Path("{id}/arrive")
  public AppointmentView arrive(@PathParam("id") long id) {
    return diary.markArrived(id);
  }

  @POST
  @Path("{id}/no-show")
  public AppointmentView noShow(@PathParam("id") long id) {
    return diary.markNoShow(id);
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public AppointmentView complete(@PathParam("id") long id, ConsultationRecord record) {
    return diary.complete(id, record);
  }

  /**
   * The educator marks their education consultation done: completed, without an encounter in the
   * patient's record.
   */
  @POST
  @Path("{id}/complete-education")
  public AppointmentView completeEducation(@PathParam("id") long id) {
    return diary.completeEducation(id);
  }

  /** The room link of a video consultation once it opens (PHONE: the number to call). */
  @GET
  @Path("{id}/video")
  public ConsultationAccess video(@PathParam("id") long id) {
    return diary.consultation(id);
  }
}
