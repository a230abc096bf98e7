/**
 * Prescriptions: the medications prescribed to a patient and the patient's refill requests. The
 * entities guard their own rules: a refill only for an active medication with refills left, a
 * request is decided once, a denial needs a reason, an approval uses up one refill.
 */
package health.salus.prescriptions.entity;
