package health.salus.consent.boundary;

import health.salus.identity.control.AccountRepository;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The one place that decides whether the caller may act for a patient: book, move and cancel the
 * patient's appointments and see them. Today that is the patient themself and the front desk
 * (STAFF); carers acting under a patient's consent plug in here, without any change to the features
 * that ask.
 */
@Stateless
@RolesAllowed({
  Role.Names.PATIENT,
  Role.Names.CARER,
  Role.Names.CLINICIAN,
  Role.Names.EDUCATOR,
  Role.Names.CASE_MANAGER,
  Role.Names.MODERATOR,
  Role.Names.STAFF,
  Role.Names.ADMIN
})
public class AccessPolicy {

  @Resource SessionContext session;
  @Inject AccountRepository accounts;

  /** Whether the caller may act for the patient with this id. */
  public boolean mayActFor(long patientId) {
    if (session.isCallerInRole(Role.Names.STAFF)) {
      return true;
    }
    return accounts
        .byUsername(session.getCallerPrincipal().getName())
        .flatMap(accounts::patientOf)
        .map(Patient::getId)
        .filter(own -> own == patientId)
        .isPresent();
  }
}
