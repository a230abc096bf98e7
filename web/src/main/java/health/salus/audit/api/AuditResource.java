package health.salus.audit.api;

import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.boundary.AuditRecord;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /admin/audit}: search the audit trail, newest first, paged (ADMIN only). */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail audit;

  /** A page of entries. */
  public record EntryPage(List<AuditRecord> items, long total) {}

  @GET
  public EntryPage search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("patientId") Long patientId,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    AuditQuery query =
        new AuditQuery(
            actor,
            action,
            outcome(outcome),
            patientId,
            objectType,
            objectId,
            instant("from", from),
            instant("to", to));
    Page<AuditRecord> result = audit.search(query, Page.clampPage(page), Page.clampSize(size, 50));
    return new EntryPage(result.items(), result.total());
  }

  private static AuditOutcome outcome(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AuditOutcome.valueOf(value.trim());
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("outcome", "audit.outcomeUnknown");
    }
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException(field, "input.instant");
    }
  }
}
