package health.salus.scheduling.api;

import health.salus.scheduling.boundary.DiaryService;
import health.salus.scheduling.boundary.OwnConsultation;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import health.salus.shared.view.UserZone;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/consultations}: the signed-in practitioner's own consultations (an educator's booked
 * video and phone calls) from {@code ?from=} on (default: the start of today in Sydney), by start,
 * at most {@code ?size=} (default 50, at most 200), each {@code {appointment, join}} with how to
 * join it. Practitioners only (CLINICIAN, EDUCATOR); anyone else 403.
 */
@Tag(name = "Scheduling")
@Path("me/consultations")
@Produces(MediaType.APPLICATION_JSON)
public class MyConsultationsResource {

  @Inject DiaryService diary;
  @Inject Clock clock;

  @GET
  public List<OwnConsultation> list(
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("from") String from,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(null, size, 50);
    return diary.ownConsultations(
        Params.instant(
            "from",
            from,
            LocalDate.now(clock.withZone(UserZone.DEFAULT))
                .atStartOfDay(UserZone.DEFAULT)
                .toInstant()),
        paging.size());
  }
}
