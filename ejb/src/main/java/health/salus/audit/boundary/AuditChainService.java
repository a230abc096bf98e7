package health.salus.audit.boundary;

import health.salus.audit.control.ChainVerifier;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The administrators' check that the audit trail is as it was written: every sealed entry still
 * matches its seal, in id order from the first to the last sealed one (see {@link
 * AuditChainSealer}).
 */
@Stateless
public class AuditChainService {

  static final String VERIFIED = "AUDIT_CHAIN_VERIFIED";

  @Inject ChainVerifier verifier;
  @Inject AuditTrail audit;

  /**
   * Verifies the whole chain and says where it first breaks, if it does; the check itself is
   * audited (SUCCESS when intact, FAILURE naming the broken entry). Runs outside a transaction: it
   * only reads, a batch at a time, entries that never change legitimately, and a long walk should
   * hold no transaction open.
   */
  @RolesAllowed(Role.Names.ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainReport verify() {
    ChainReport report = verifier.verify();
    AuditEvent event =
        report.intact()
            ? AuditEvent.of(VERIFIED, AuditOutcome.SUCCESS)
                .detail(
                    "intact: "
                        + report.entriesChecked()
                        + " entries sealed through "
                        + report.sealedThrough()
                        + ", "
                        + report.unsealedTail()
                        + " not sealed yet")
            : AuditEvent.of(VERIFIED, AuditOutcome.FAILURE)
                .object("AuditEntry", report.brokenAt())
                .detail("broken at " + report.brokenAt() + ": " + report.problem());
    audit.record(event);
    return report;
  }
}
