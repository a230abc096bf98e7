/**
 * Consent control: the queries over grants (a patient's own, those active for a grantee), the care
 * team relation the access decision asks about, the decisions already audited in a request, and the
 * demo grant.
 */
package health.salus.consent.control;
