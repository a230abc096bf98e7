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
 * care team, a grant of the category read, a grant with {@code actFor}), which writes each decision
 * to the audit trail: every refusal (DENIED) and every access given to someone other than the
 * patient (ALLOWED, with its purpose), once per action and patient in a request. A carer holding an
 * active {@code actFor} grant acts for the patient wherever a feature asks for acting for them
 * (booking, moving, cancelling, the waitlist, refill requests, invoices); reading the record stays
 * with the categories granted.
 *
 * <p>{@link health.salus.consent.boundary.CareTeamRestrictionService}: the patient (only the
 * patient) keeps categories ({@code CONDITIONS}, {@code MEDICATIONS}, {@code RESULTS}, {@code
 * DOCUMENTS}, {@code READINGS}; not {@code ALL}) from their care team ({@code GET/PUT
 * /me/restrictions}, the sharing page). The policy then refuses reads of such a category on the
 * care-team and treating-practitioner bases (DENIED, purpose CARE, "... restricted by the patient";
 * the feature answers as to any refused read, with no hint of what is kept). It does not stop the
 * patient, the patient's grants (a grant to a named person, a clinician too, is the patient's own
 * choice), emergency access (which overrides restrictions, as in My Health Record: a clinician of
 * the care team may open it too while the patient restricts anything), nor care work that reads no
 * category: prescribing, deciding a refill of one's own prescription or as the care team (the
 * request names the medicine), entering and correcting record entries, thresholds and alerts,
 * running an appointment. Consultations (encounters and their notes) belong to CONDITIONS: keeping
 * conditions from the care team keeps them as well.
 */
package health.salus.consent.boundary;
