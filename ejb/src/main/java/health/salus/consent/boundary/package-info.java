/**
 * Consent: who may act for or read about a patient.
 *
 * <p>{@link health.salus.consent.boundary.ConsentService}: a patient grants an account (a carer,
 * family, a friend, another practitioner) categories of their record ({@code CONDITIONS}, {@code
 * MEDICATIONS}, {@code RESULTS}, {@code DOCUMENTS}, {@code READINGS}, {@code ALL}) until a moment,
 * optionally with {@code actFor} (acting for the patient), lists their grants (ACTIVE, REVOKED or
 * EXPIRED, from the clock) and revokes one (at once; again: no change, no error; another patient's:
 * 404); anyone signed in lists the patients they represent under active grants. Bad input is 400,
 * an unknown or disabled grantee and the patient themself 422, and nothing is stored. Every grant
 * and revocation is audited about the patient with purpose CONSENT.
 *
 * <p>{@link health.salus.consent.boundary.AccessPolicy} is the single decision point other features
 * call: {@code mayActFor} to choose what to show, {@code permits} to allow or refuse an action on
 * the bases the {@code Access} names (the patient, the front desk, the treating practitioner, the
 * care team), which writes each decision to the audit trail: every refusal (DENIED) and every
 * access given to someone other than the patient (ALLOWED, with its purpose), once per action and
 * patient in a request. Grants do not yet open other features: carers acting under them will be
 * decided there.
 */
package health.salus.consent.boundary;
