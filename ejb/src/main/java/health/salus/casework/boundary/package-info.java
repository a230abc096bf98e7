/**
 * Case management. {@link health.salus.casework.boundary.CaseworkService}: a case manager opens a
 * case for a patient (found by name with the front desk's patient search, which case managers may
 * use too), sees their caseload and its summary, moves a case (open an intake, hold, resume, close
 * with an outcome, reopen) and adds team members; the case team reads a case whole, the patient and
 * a carer acting for them (AccessPolicy, actFor) read their side: goals, SHARED notes and the tasks
 * assigned to the patient, never INTERNAL notes, other tasks, referrals or the team. {@link
 * health.salus.casework.boundary.CasePlanService}: the case team adds goals (rated 1..10 over
 * time), tasks, notes and referrals and moves referrals on; a task is completed by the team or its
 * assignee; everyone has a "my tasks" list. Anyone outside the team and the patient's side gets
 * 404; the patient's side trying the team's work gets 403. Every read and change is audited with
 * the patient's id.
 */
package health.salus.casework.boundary;
