/**
 * Case management's helpers: {@link health.salus.casework.control.CaseAccess} (the one decision of
 * who sees and works on a case: the case team, the patient's side, or nobody), the repository and
 * the demo cases.
 */
package health.salus.casework.control;
