package health.salus.scheduling.api;

import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.boundary.FreeSlot;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /slots?practitionerId=&mode=&from=&to=&page=&size=}: free slots, soonest first, as a
 * {@link PageOf} (the total repeated in {@code X-Total-Count}). {@code from} defaults to now,
 * {@code to} to 28 days after {@code from}; the range may span at most 62 days; size defaults to
 * 100 (max 200).
 */
@Tag(name = "Scheduling")
@Path("slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotsResource {

  static final Duration DEFAULT_RANGE = Duration.ofDays(28);

  @Inject BookingLookupService lookup;
  @Inject Clock clock;

  @GET
  public PageOf<FreeSlot> free(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("practitionerId")
          String practitionerId,
      @Parameter(schema = @Schema(implementation = AppointmentMode.class)) @QueryParam("mode")
          String mode,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("from") String from,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("to") String to,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 100);
    Instant start = Params.instant("from", from, clock.instant());
    Instant end = Params.instant("to", to, start.plus(DEFAULT_RANGE));
    Page<FreeSlot> result =
        lookup.freeSlots(
            Params.id("practitionerId", practitionerId),
            mode,
            start,
            end,
            paging.page(),
            paging.size());
    return PageOf.of(result);
  }
}
