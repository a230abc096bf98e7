package health.salus.consent.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The one place that decides whether the caller may act for a patient: book, move and cancel the
 * patient's appointments, see them, their waitlist entries and their invoices. Today that is the
 * patient themself and the front desk (STAFF); carers acting under a patient's consent plug in
 * here, without any change to the features that ask.
 *
 * <p>{@link #permits} writes every refusal to the audit trail (DENIED, with the patient's id, the
 * action and the object). An allowed access writes no entry here: the feature records what it then
 * did, so each call leaves one entry per patient. Open to every caller: an anonymous caller has no
 * roles and is refused.
 */
@Stateless
@PermitAll
public class AccessPolicy {

  @Inject Callers callers;
  @Inject AuditTrail audit;

  /**
   * Whether the caller may act for the patient with this id, without an audit entry: for choosing
   * what to show, where the feature audits what it then shows.
   */
  public boolean mayActFor(long patientId) {
    CurrentCaller caller = callers.current();
    return caller.isStaff() || caller.isPatient(patientId);
  }

  /**
   * Whether the caller may do this for the patient; a refusal is written to the audit trail. A
   * {@code null} patient (the object does not exist) is refused and audited as well.
   */
  public boolean permits(Long patientId, Access access) {
    boolean allowed = patientId != null && mayActFor(patientId);
    if (!allowed) {
      audit.record(
          AuditEvent.of(access.action(), AuditOutcome.DENIED)
              .aboutPatient(patientId)
              .object(access.objectType(), access.objectId())
              .detail(access.refusalDetail()));
    }
    return allowed;
  }
}
