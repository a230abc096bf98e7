/**
 * Consent: who may act for or read about a patient. {@link
 * health.salus.consent.boundary.AccessPolicy} is the single decision point other features call:
 * {@code mayActFor} to choose what to show, {@code permits} to allow or refuse an action, which
 * writes every refusal to the audit trail (DENIED, the patient's id, the action and the object).
 * Carers' grants will be decided there.
 */
package health.salus.consent.boundary;
