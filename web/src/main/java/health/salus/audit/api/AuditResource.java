package health.salus.audit.api;

import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditEntry;
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

  /** One audit entry as the API shows it. */
  public record Entry(
      long id,
      Instant at,
      String actorUsername,
      String onBehalfOf,
      Long patientId,
      String action,
      String objectType,
      String objectId,
      AuditOutcome outcome,
      String purpose,
      String clientAddress,
      String detail) {
    static Entry of(AuditEntry e) {
      return new Entry(
          e.getId(),
          e.getOccurredAt(),
          e.getActor(),
          e.getOnBehalfOf(),
          e.getPatientId(),
          e.getAction(),
          e.getObjectType(),
          e.getObjectId(),
          e.getOutcome(),
          e.getPurpose(),
          e.getClientAddress(),
          e.getDetail());
    }
  }

  /** A page of entries. */
  public record EntryPage(List<Entry> items, long total) {}

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
    Page<AuditEntry> result = audit.search(query, Page.clampPage(page), Page.clampSize(size, 50));
    return new EntryPage(result.items().stream().map(Entry::of).toList(), result.total());
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
