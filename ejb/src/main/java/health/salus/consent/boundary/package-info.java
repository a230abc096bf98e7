/**
 * Consent: who may act for or read about a patient. {@link
 * health.salus.consent.boundary.AccessPolicy} is the single decision point other features call:
 * {@code mayActFor} to choose what to show, {@code permits} to allow or refuse an action on the
 * bases the {@code Access} names (the patient, the front desk, the treating practitioner, the care
 * team), which writes each decision to the audit trail: every refusal (DENIED) and every access
 * given to someone other than the patient (ALLOWED, with its purpose), once per action and patient
 * in a request. Carers' grants will be decided there.
 */
package health.salus.consent.boundary;
