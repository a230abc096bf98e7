/**
 * Audit: {@link health.salus.audit.boundary.AuditTrail#record} is the one way to write the trail
 * (in its own transaction, so denials survive rollbacks); administrators search it. Entries are
 * never changed or deleted.
 */
package health.salus.audit.boundary;
