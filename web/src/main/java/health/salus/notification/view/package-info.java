/** Notification pages: the unread count in the header and the notifications page. */
package health.salus.notification.view;
