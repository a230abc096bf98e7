package health.salus.messaging.boundary;

import java.util.List;

/**
 * Fired (CDI, synchronously, inside the sender's transaction) when a message is posted, so that the
 * notification feature tells the other side without messaging knowing how.
 *
 * @param threadId the thread ({@code /threads/{id}})
 * @param messageId the new message
 * @param patientId the patient the thread is about
 * @param authorName who wrote it
 * @param recipientAccountIds the accounts on the other side: the patient's, or the practitioner's,
 *     or those of the care team
 */
public record MessageSent(
    long threadId,
    long messageId,
    long patientId,
    String authorName,
    List<Long> recipientAccountIds) {}
