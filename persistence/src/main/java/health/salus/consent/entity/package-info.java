/**
 * Consent: a patient's grants. A {@link health.salus.consent.entity.ConsentGrant} names the account
 * it is given to, the categories of the record it opens, its end and whether the grantee may also
 * act for the patient. It guards its own rules: at least one category, an end in the future, never
 * to the patient themself; it is active until revoked or until its end passes, and revoking it ends
 * it at once. A {@link health.salus.consent.entity.CareTeamRestriction} is a category the patient
 * keeps from their care team, one per patient and category.
 */
package health.salus.consent.entity;
