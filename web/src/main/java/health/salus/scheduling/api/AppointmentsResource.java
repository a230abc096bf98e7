package health.salus.scheduling.api;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.Booking;
import health.salus.scheduling.boundary.BookingService;
import health.salus.scheduling.boundary.ConsultationAccess;
import health.salus.scheduling.boundary.ConsultationRecord;
import health.salus.scheduling.boundary.DiaryService;
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

/**
 * {@code /appointments}: book, list, see, cancel, reschedule; the practitioner's arrive, no-show
 * and complete; the consultation link. The list is a {@link PageOf}, paged with {@code
 * ?page=&size=} (default 50, max 200), the total repeated in {@code X-Total-Count}. A slot taken
 * meanwhile is a 409 whose problem carries {@code nextFreeSlots}.
 */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

  @Inject BookingService booking;
  @Inject DiaryService diary;

  /** The new slot of a reschedule. */
  public record SlotChoice(Long slotId) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response book(Booking request, @Context UriInfo uri) {
    AppointmentView created = booking.book(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  public PageOf<AppointmentView> list(
      @QueryParam("practitionerId") String practitionerId,
      @QueryParam("patientId") String patientId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
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

  /** The room link of a video consultation once it opens (PHONE: the number to call). */
  @GET
  @Path("{id}/video")
  public ConsultationAccess video(@PathParam("id") long id) {
    return diary.consultation(id);
  }
}
