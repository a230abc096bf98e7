/**
 * Case management's pages: the caseload dashboard with a form to open a case (casework/caseload),
 * one case with its sections and forms (casework/case: whole for the case team, the patient's side
 * for the patient and a carer acting for them), "my tasks" (casework/my-tasks), the patient's cases
 * (casework/my-cases) and the case manager's summary on the home page.
 */
package health.salus.casework.view;
