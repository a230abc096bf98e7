/**
 * Identity control: password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations) and policy, the
 * sign-in limits, the short-lived cache of verified API credentials, and the account repository.
 */
package health.salus.identity.control;
