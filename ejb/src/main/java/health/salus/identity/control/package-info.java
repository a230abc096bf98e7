/**
 * Identity control: password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations) and policy, the
 * sign-in and registration limits, the short-lived caches of verified API credentials and of the
 * account state that sessions are checked against, and the account repository.
 */
package health.salus.identity.control;
