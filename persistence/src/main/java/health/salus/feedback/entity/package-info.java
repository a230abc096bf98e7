/**
 * Satisfaction and complaints: a {@link health.salus.feedback.entity.RatingInvitation} per
 * completed appointment (rated once, 1 to 5), the patients' Net Promoter answers ({@link
 * health.salus.feedback.entity.NpsAnswer}, 0 to 10), and the complaints and compliments register
 * ({@link health.salus.feedback.entity.Complaint}): RECEIVED, ACKNOWLEDGED, RESOLVED (with the
 * resolution) or WITHDRAWN by the patient, each step kept in its history, the SLA breaches marked
 * once.
 */
package health.salus.feedback.entity;
