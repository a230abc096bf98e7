/**
 * Satisfaction and complaints. When scheduling completes an appointment ({@code AppointmentEvent}
 * COMPLETED), the patient is invited once to rate it ({@link
 * health.salus.feedback.boundary.RatingInvited}, told by the notification feature); {@link
 * health.salus.feedback.boundary.SatisfactionService} lists the open invitations, takes the rating
 * once (409 after), asks the Net Promoter question at most once in 90 days, and gives staff the
 * trends by month, service, site and practitioner.
 *
 * <p>{@link health.salus.feedback.boundary.ComplaintService} keeps the complaints and compliments
 * register: lodged by the patient (a carer acting, or staff for them), triaged, acknowledged within
 * 2 business days, resolved within 30 days, or withdrawn; each step the patient is told of ({@link
 * health.salus.feedback.boundary.ComplaintChanged}). {@link
 * health.salus.feedback.boundary.ComplaintEscalation} marks each missed time once and tells staff
 * once ({@link health.salus.feedback.boundary.ComplaintOverdue}); {@link
 * health.salus.feedback.boundary.ComplaintOverview} is the staff dashboard. The patient side goes
 * through {@code consent.boundary.AccessPolicy}; every read and change is audited.
 */
package health.salus.feedback.boundary;
