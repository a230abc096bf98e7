/**
 * Identity control: password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations) and policy, the
 * sign-in and registration limits, the short-lived caches of verified API credentials and of the
 * account state that sessions are checked against, and the account repository; for two-step sign-in
 * the TOTP codes, the second-factor check, the digests of recovery codes and app passwords, the
 * encryption of secrets at rest, the signed token between the two sign-in steps and the cached
 * policy.
 */
package health.salus.identity.control;
