package health.salus.feedback.control;

import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.identity.boundary.Callers;
import health.salus.shared.boundary.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Whose feedback the patient side reads or gives: the caller's own (no {@code patientId}), or the
 * patient a carer acts for under an {@code actFor} grant; anyone else is told there is no such
 * patient (404). The access policy audits the decision.
 */
@Dependent
public class PatientActedFor {

  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;

  public long id(Long patientId, String action) {
    Long id = patientId == null ? callers.current().patientId() : patientId;
    if (id == null
        || !accessPolicy.permits(
            id,
            Access.to(action, "Patient", id)
                .allowing(Basis.SELF, Basis.ACTING_FOR)
                .saying("not the patient nor acting for them"))) {
      throw new NotFoundException("feedback.patientNotFound");
    }
    return id;
  }
}
