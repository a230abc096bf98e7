/**
 * Consent over REST: {@code POST /consents} (PATIENT: {@code {granteeUsername, categories,
 * validUntil, actFor}} → 201), {@code GET /consents} (PATIENT: own grants, newest first, with
 * status), {@code DELETE /consents/{id}} (PATIENT: 204, also when revoked already; another
 * patient's: 404), {@code GET /me/represented} (anyone signed in: the patients whose active grants
 * name the caller), {@code GET/PUT /me/restrictions} (PATIENT: {@code {categories}} kept from the
 * care team; PUT replaces them, a bad category 400), {@code POST /patients/{id}/emergency-access}
 * (CLINICIAN outside the care team: {@code {reason}} → 201 {@code {validUntil}}), {@code GET
 * /me/emergency-accesses} (CLINICIAN: own accesses open now).
 */
package health.salus.consent.api;
