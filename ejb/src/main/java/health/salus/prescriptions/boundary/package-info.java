/**
 * Prescriptions: medications prescribed to patients and refill requests.
 *
 * <p>{@link health.salus.prescriptions.boundary.PrescriptionService}: a patient lists their
 * medications and their refill requests and asks for a refill (note, pharmacy); a clinician
 * prescribes for a patient in their care. {@link
 * health.salus.prescriptions.boundary.RefillDecisionService}: a clinician lists the requests to
 * decide and approves or denies them.
 *
 * <p>Rules: a patient asks only for their own active medication, a carer for that of a patient
 * whose active {@code actFor} grant they hold (the access policy decides); none remaining is
 * refused (422) and nothing is stored; one open request per medication (a second is a conflict,
 * 409, as a race lost to the first request: the database enforces it); only the prescriber or a
 * clinician of the patient's care team decides (else 403), as {@code consent.boundary.AccessPolicy}
 * decides and audits; an approval uses up one refill under optimistic locking, and deciding a
 * decided request is a conflict (409); a denial needs a reason (400). The patient learns the
 * decision from their list (status, reason, decidedAt) and {@link
 * health.salus.prescriptions.boundary.RefillDecided} is fired for the notification feature. Every
 * read and change is audited about the patient.
 */
package health.salus.prescriptions.boundary;
