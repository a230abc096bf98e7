/**
 * Notification: a person's in-app notifications ({@link
 * health.salus.notification.boundary.NotificationService}) and the e-mail outbox dispatcher. Rules:
 * appointment changes are told in-app and by e-mail, with a reminder 24 hours before; each e-mail
 * is in the outbox once (dedup key) and sent by the one server that claims it.
 */
package health.salus.notification.boundary;
