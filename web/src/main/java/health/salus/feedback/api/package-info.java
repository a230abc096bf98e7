/**
 * The feedback API: {@code GET /me/feedback-invitations}, {@code POST /appointments/{id}/rating},
 * {@code GET|POST /me/nps}, {@code GET /feedback/satisfaction} (staff), and the complaints
 * register: {@code POST /complaints}, {@code GET /me/complaints}, {@code GET /complaints} (staff,
 * paged, {@code ?status=}), {@code GET /complaints/dashboard}, {@code GET /complaints/{id}} and
 * {@code POST /complaints/{id}/triage|acknowledge|resolve|withdraw}.
 */
package health.salus.feedback.api;
