package health.salus.scheduling.api;

import health.salus.scheduling.boundary.FreeSlot;
import health.salus.scheduling.boundary.SlotTakenException;
import health.salus.shared.api.Problem;
import health.salus.shared.view.UserMessages;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A taken slot: 409 with the problem's usual members and {@code nextFreeSlots}, the practitioner's
 * next free slots ({@code [{id, practitionerId, start, end, mode}]}), to pick from at once.
 */
@Provider
public class SlotTakenExceptionMapper implements ExceptionMapper<SlotTakenException> {

  @Override
  public Response toResponse(SlotTakenException e) {
    return Response.status(409)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new TakenProblem(
                "about:blank",
                UserMessages.text("problem.conflict.title"),
                409,
                UserMessages.text(e),
                e.messageKey(),
                e.nextFreeSlots()))
        .build();
  }

  /** The one refusal problem shape ({@link Problem}) with the extension member nextFreeSlots. */
  @JsonbPropertyOrder({"type", "title", "status", "detail", "code", "nextFreeSlots"})
  public record TakenProblem(
      String type,
      String title,
      int status,
      String detail,
      String code,
      List<FreeSlot> nextFreeSlots) {}
}
