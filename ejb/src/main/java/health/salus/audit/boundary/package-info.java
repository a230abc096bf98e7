/**
 * Audit: {@link health.salus.audit.boundary.AuditTrail#record} is the one way to write the trail;
 * administrators search it ({@link health.salus.audit.boundary.AuditLogService#search}). Entries
 * are never changed or deleted. Within a request, granted accesses and successes are written
 * together, in a transaction of their own, with the request's next refusal or before its answer is
 * complete; a refusal or failure at once, so that it survives the rollback. A read costs one write
 * of the trail, whatever the number of decisions. Every API answer says in {@code Server-Timing}
 * how long those writes took ({@link health.salus.audit.boundary.AuditCost}).
 *
 * <p>The trail is tamper-evident: {@link health.salus.audit.boundary.AuditChainSealer} seals new
 * entries seconds after they are written into a SHA-256 hash chain in id order (writers never wait
 * for it), and {@link health.salus.audit.boundary.AuditChainService#verify} recomputes the chain
 * for administrators and names the first entry that was changed, removed or slipped in.
 *
 * <p>A patient reads the entries about their own data through {@link
 * health.salus.audit.boundary.AccessHistoryService} ("who saw my data"): who (name and role), what
 * category, allowed or denied and why, newest first, by page or as CSV. How an entry reads there
 * (category, outcome, purpose) is decided in one table, {@code audit.control.AccessClassifier}.
 * Reading one's own history is not itself recorded.
 */
package health.salus.audit.boundary;
