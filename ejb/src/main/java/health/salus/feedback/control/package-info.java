/**
 * The rules behind feedback: the SLA clock ({@link health.salus.feedback.control.SlaClock}, pure,
 * business days less configured public holidays), its configuration, the invitation made on
 * completion, the queries and figures, and the demo data.
 */
package health.salus.feedback.control;
