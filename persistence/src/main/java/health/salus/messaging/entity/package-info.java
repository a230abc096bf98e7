/**
 * Secure messaging: a {@link health.salus.messaging.entity.MessageThread} about one patient,
 * addressed to a named practitioner or educator or to the patient's care team ({@link
 * health.salus.messaging.entity.ThreadTeam}); its {@link health.salus.messaging.entity.Message}s
 * (Markdown as written; shown only through the sanitising renderer); and {@link
 * health.salus.messaging.entity.MessageRead}, who read which message when. The entities guard their
 * rules: a subject of 1..200 characters, a body of 1..5000, a thread addressed to exactly one of a
 * practitioner or the care team, and the thread's last message time moving with each message.
 */
package health.salus.messaging.entity;
