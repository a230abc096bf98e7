/**
 * Consent pages: the patient's "Who can see my record" ({@code account/sharing.xhtml}: their grants
 * with status, a form to grant a person parts of the record until a day and, optionally, acting for
 * them, and revoking; "What my care team can see", {@link
 * health.salus.consent.view.CareTeamRestrictionsBacking}); and the carer's choice of whom they act
 * for ({@link health.salus.consent.view.ActingChoice}), shown in the layout's header.
 */
package health.salus.consent.view;
