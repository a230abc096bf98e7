/**
 * Notification control: what to tell patients about their appointments and about a freed slot they
 * wait for (waitlist), that a secure message arrived (to the other side of the conversation, naming
 * the sender only), the texts of the notices, the repository of notifications and the outbox, and
 * the Jakarta Mail sender.
 */
package health.salus.notification.control;
