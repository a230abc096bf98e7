/**
 * Case management: a patient's {@link health.salus.casework.entity.CareCase case} in a programme,
 * run by a case manager and a case team, with its status history, goals rated over time, tasks,
 * notes (INTERNAL to the team or SHARED with the patient) and referrals. The entities guard their
 * rules: a case moves INTAKE → OPEN ⇄ ON_HOLD → CLOSED (closing needs an outcome; reopening keeps
 * the history), a closed case takes no new work, a task is done once, a referral goes SENT →
 * ACCEPTED → COMPLETED (with a result), a goal's rating is 1..10, texts are required and bounded.
 */
package health.salus.casework.entity;
