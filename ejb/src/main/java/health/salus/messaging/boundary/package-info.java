/**
 * Secure messaging between a patient (or a carer acting for them) and a practitioner, an educator
 * or the patient's care team.
 *
 * <p>{@link health.salus.messaging.boundary.MessagingService}: a patient, or a carer for a patient
 * whose active {@code actFor} grant they hold, starts a thread to a named practitioner or educator
 * or to the patient's care team ({@code start}); the participants list their threads, newest
 * message first, each with how many messages they have not opened ({@code threads}, {@code
 * unreadCount}), open a thread ({@code open}: marks its messages read by them) and reply ({@code
 * reply}).
 *
 * <p>Rules: the participants are the patient, a carer acting for them, and the practitioner
 * addressed or, for the care team, the practitioners in the patient's care team; the access policy
 * decides each time (a revoked grant or a left care team ends access at once) and audits refusals;
 * anyone else is told the thread does not exist (404), a patient one may not write for is 403.
 * Bodies are kept as written (Markdown) and only ever shown as {@code bodyHtml} through {@code
 * SafeMarkdown}. A message's read receipt ({@code readAt}) is when someone on the other side first
 * opened it; unread counts are per reader. Subject 1..200 and body 1..5000 characters, else 400 and
 * nothing stored; a care team the patient does not have: 422. Replies to one thread, and one
 * reader's opening of it, are taken one at a time (the thread's row lock), so racing replies are
 * all kept and a message is marked read once per reader. Each message fires {@link
 * health.salus.messaging.boundary.MessageSent}: the notification feature tells the other side
 * (without the subject or the text). Every read and write is audited about the patient (actions
 * MESSAGE_THREAD_START, MESSAGE_THREAD_LIST, MESSAGE_THREAD_READ, MESSAGE_SEND).
 *
 * <p>Files: a message carries up to three (PDF, PNG, JPEG, plain text as told from the bytes; 5 MB
 * each; else 415/413/422 and nothing stored), downloaded by the participants only ({@code
 * attachment}). Response times: the patient's side is told in how many business days the team
 * answers; a thread's answer is due by then ({@code replyDueAt}, cleared by an answer) and staff
 * see late ones first. Triage ({@code triage}): the care side assigns a thread to a colleague of
 * the team, sets priority and status, as of a version (stale: 409; the row lock orders racing
 * triages). Lessons: the care side may point the patient to up to ten lessons in a reply ({@code
 * lessonIds}; the patient's side 403, an unknown lesson 422), shown as links in the reader's
 * language through the education feature's {@code LessonLinks}. Out of hours: {@code
 * outOfHoursUntil} tells the patient before they write when the team reads messages again.
 */
package health.salus.messaging.boundary;
