/**
 * Consent over REST: {@code POST /consents} (PATIENT: {@code {granteeUsername, categories,
 * validUntil, actFor}} → 201), {@code GET /consents} (PATIENT: own grants, newest first, with
 * status), {@code DELETE /consents/{id}} (PATIENT: 204, also when revoked already; another
 * patient's: 404), {@code GET /me/represented} (anyone signed in: the patients whose active grants
 * name the caller).
 */
package health.salus.consent.api;
