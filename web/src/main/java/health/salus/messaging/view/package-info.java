/**
 * The messaging pages: {@code /messaging/threads.xhtml} (the caller's conversations, newest first,
 * with unread counts), {@code /messaging/thread.xhtml?id=} (a conversation; opening it marks its
 * messages read; a reply form; the read receipt under the caller's own messages) and {@code
 * /messaging/new.xhtml} (a patient, or a carer for the person they act for, writes to the care team
 * or a named practitioner). Every decision is the messaging service's.
 */
package health.salus.messaging.view;
