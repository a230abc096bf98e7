/**
 * The messaging API: {@code POST /threads} (a patient or carer starts a thread to a practitioner,
 * an educator or the care team), {@code GET /threads} (the caller's threads, newest first, paged,
 * with unread counts), {@code GET /threads/{id}} (a participant opens a thread; its messages are
 * marked read by them) and {@code POST /threads/{id}/messages} (a participant replies).
 */
package health.salus.messaging.api;
