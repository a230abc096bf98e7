/** Audit: the append-only trail of who did what to whose data, allowed or not. */
package health.salus.audit.entity;
