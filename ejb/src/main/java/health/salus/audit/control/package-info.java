/** Audit control: the append-only repository of audit entries. */
package health.salus.audit.control;
