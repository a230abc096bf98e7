/**
 * Notification control: what to tell patients about their appointments, the texts of the notices,
 * the repository of notifications and the outbox, and the Jakarta Mail sender.
 */
package health.salus.notification.control;
