package health.salus.audit.api;

import health.salus.audit.boundary.AuditChainService;
import health.salus.audit.boundary.AuditLogService;
import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.boundary.AuditRecord;
import health.salus.audit.boundary.ChainReport;
import health.salus.audit.entity.AuditOutcome;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /admin/audit}: search the audit trail, newest first, paged as a {@link PageOf}; {@code
 * GET /admin/audit/chain}: verify its hash chain (ADMIN only).
 */
@Tag(name = "Audit")
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLogService audit;
  @Inject AuditChainService chain;

  @GET
  public PageOf<AuditRecord> search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @Parameter(schema = @Schema(implementation = AuditOutcome.class)) @QueryParam("outcome")
          String outcome,
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("from") String from,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("to") String to,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 50);
    AuditQuery query =
        new AuditQuery(
            actor,
            action,
            Params.choice("outcome", outcome, AuditOutcome.class, "audit.outcomeUnknown"),
            Params.id("patientId", patientId),
            objectType,
            objectId,
            Params.instant("from", from, null),
            Params.instant("to", to, null));
    Page<AuditRecord> result = audit.search(query, paging.page(), paging.size());
    return PageOf.of(result);
  }

  @GET
  @Path("chain")
  @Operation(
      summary = "Verify the audit trail's hash chain",
      description =
          "Walks every sealed entry in id order and recomputes its seal. Answers how many were"
              + " checked, the last sealed entry (sealedThrough), how many newer entries wait for"
              + " their seal (unsealedTail, sealed within seconds), whether the chain is intact"
              + " and, if not, the first broken entry (brokenAt) and why (problem). Audited as"
              + " AUDIT_CHAIN_VERIFIED.")
  public ChainReport verifyChain() {
    return chain.verify();
  }
}
