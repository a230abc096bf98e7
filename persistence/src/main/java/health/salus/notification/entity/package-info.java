/**
 * Notification: in-app messages for a person, and the e-mail outbox (one message per dedup key,
 * claimed by one server before it is sent).
 */
package health.salus.notification.entity;
