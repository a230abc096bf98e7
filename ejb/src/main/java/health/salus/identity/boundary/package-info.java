/**
 * Identity: sign-in checks for the identity store ({@link
 * health.salus.identity.boundary.AuthenticationService}), a person's own account and patient
 * registration ({@link health.salus.identity.boundary.IdentityService}) and the administrators'
 * account work ({@link health.salus.identity.boundary.AccountAdministrationService}). Rules:
 * passwords of 12+ characters that are not common, PBKDF2 hashes, lock-out after repeated failures,
 * every sign-in failure and account change audited. Every feature learns who is calling from {@link
 * health.salus.identity.boundary.Callers#current()} (a {@link
 * health.salus.identity.boundary.CurrentCaller}, resolved once per request) and a patient's portal
 * account from {@link health.salus.identity.boundary.PatientAccounts}; none imports identity's
 * control package.
 */
package health.salus.identity.boundary;
