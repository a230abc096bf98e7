package health.salus.consent.boundary;

import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
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

  @Inject Callers callers;

  /** Whether the caller may act for the patient with this id. */
  public boolean mayActFor(long patientId) {
    CurrentCaller caller = callers.current();
    return caller.isStaff() || caller.isPatient(patientId);
  }
}
