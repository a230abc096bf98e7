/**
 * Notification control: what to tell patients about their appointments and about a freed slot they
 * wait for (waitlist), the texts of the notices, the repository of notifications and the outbox,
 * and the Jakarta Mail sender.
 */
package health.salus.notification.control;
