package health.salus.casework.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.entity.CareCase;
import health.salus.consent.boundary.Access.Basis;
import health.salus.shared.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The audit of the case team's work on a case: about the patient, for their care. */
@Dependent
public class CaseAudit {

  @Inject AuditTrail audit;

  /** A successful action of the case team on the case. */
  public static AuditEvent event(CareCase c, String action) {
    return AuditEvent.of(action, AuditOutcome.SUCCESS)
        .aboutPatient(c.getPatient().getId())
        .object("CareCase", c.getId())
        .purpose(Basis.CARE_TEAM.purpose());
  }

  /** Runs the change; a refusal is audited as a failure about the patient and rethrown. */
  public <T> T audited(CareCase c, String action, Supplier<T> change) {
    try {
      return change.get();
    } catch (Refusal refused) {
      audit.record(event(c, action).withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
  }
}
