/**
 * Prescriptions over REST: {@code GET /me/medications} (PATIENT), {@code POST /refill-requests}
 * (PATIENT), {@code GET /refill-requests} (PATIENT: own; CLINICIAN: those to decide; {@code
 * ?status=&page=&size=}, {@code {items, total, page, size}}), {@code POST
 * /refill-requests/{id}/approve} and {@code /deny} (CLINICIAN), {@code POST
 * /patients/{patientId}/medications} (CLINICIAN of the care team: prescribe), {@code GET
 * /patients/{patientId}/medications} (the patient, or the holder of the patient's active grant of
 * MEDICATIONS or ALL; others 404).
 */
package health.salus.prescriptions.api;
