/**
 * The case management API (API.md, case management): {@code /cases} (open, caseload, summary, read,
 * status moves, team members), {@code /cases/{id}/goals|tasks|notes|referrals} (the care plan),
 * {@code /me/cases} and {@code /me/tasks}.
 */
package health.salus.casework.api;
