/**
 * Prescriptions over REST: {@code GET /me/medications} (PATIENT), {@code POST /refill-requests}
 * (PATIENT), {@code GET /refill-requests} (PATIENT: own; CLINICIAN: those to decide; {@code
 * ?status=&page=&size=}, {@code {items, total, page, size}}), {@code POST
 * /refill-requests/{id}/approve} and {@code /deny} (CLINICIAN), {@code POST
 * /patients/{patientId}/medications} (CLINICIAN of the care team: prescribe).
 */
package health.salus.prescriptions.api;
