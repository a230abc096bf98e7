/** Notification over REST: {@code GET /me/notifications}, mark one or all read. */
package health.salus.notification.api;
