/**
 * The feedback pages: the patient's feedback page (open invitations to rate, the Net Promoter
 * question when due, their complaints and compliments), the rating and lodging forms, a complaint
 * with its history (the patient withdraws; staff triage, acknowledge, resolve), the staff register
 * with its dashboard, and the satisfaction trends with charts; the home tiles of patients and
 * staff.
 */
package health.salus.feedback.view;
