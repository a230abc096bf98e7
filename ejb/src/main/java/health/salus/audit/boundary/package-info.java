/**
 * Audit: {@link health.salus.audit.boundary.AuditTrail#record} is the one way to write the trail
 * (in its own transaction, so denials survive rollbacks); administrators search it. Entries are
 * never changed or deleted.
 *
 * <p>A patient reads the entries about their own data through {@link
 * health.salus.audit.boundary.AccessHistoryService} ("who saw my data"): who (name and role), what
 * category, allowed or denied and why, newest first, by page or as CSV. How an entry reads there
 * (category, outcome, purpose) is decided in one table, {@code audit.control.AccessClassifier}.
 * Reading one's own history is not itself recorded.
 */
package health.salus.audit.boundary;
