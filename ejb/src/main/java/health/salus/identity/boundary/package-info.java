/**
 * Identity: sign-in checks for the identity store ({@link
 * health.salus.identity.boundary.AuthenticationService}), a person's own account and patient
 * registration ({@link health.salus.identity.boundary.IdentityService}) and the administrators'
 * account work ({@link health.salus.identity.boundary.AccountAdministrationService}). Rules:
 * passwords of 12+ characters that are not common, PBKDF2 hashes, lock-out after repeated failures,
 * every sign-in failure and account change audited. Every feature learns who is calling from {@link
 * health.salus.identity.boundary.Callers#current()} (a {@link
 * health.salus.identity.boundary.CurrentCaller}, resolved once per request) and a patient's portal
 * account from {@link health.salus.identity.boundary.PatientAccounts}, and the names and roles
 * behind usernames from {@link health.salus.identity.boundary.AccountNames}; none imports
 * identity's control package.
 *
 * <p>Two-step sign-in ({@link health.salus.identity.boundary.MfaService}): TOTP codes (each time
 * step accepted once) and one-time recovery codes; a form sign-in of such an account completes only
 * with a code ({@code AuthenticationService.completeSignIn}), and on the API it signs in with its
 * app passwords ({@link health.salus.identity.boundary.AppPasswordService}), never its password.
 * The administrator's {@link health.salus.identity.boundary.SignInPolicyService} may require it of
 * every role but PATIENT and CARER.
 */
package health.salus.identity.boundary;
