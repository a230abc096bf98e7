/**
 * Secure messaging's persistence work: {@link health.salus.messaging.control.MessagingRepository}
 * finds a caller's threads (their own as a patient, those of patients they act for, those addressed
 * to them, and those addressed to the care team of a patient whose care team they are in), counts
 * unread messages per reader, and finds read receipts. {@link
 * health.salus.messaging.control.MessagingInitialData} seeds the demo conversations.
 */
package health.salus.messaging.control;
