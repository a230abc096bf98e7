/**
 * Consent control: the queries over grants (a patient's own, those active for a grantee), the care
 * team relation the access decision asks about, the decisions already audited in a request, and the
 * demo grant, and the categories patients keep from their care team.
 */
package health.salus.consent.control;
