/**
 * Audit control: the append-only repository of audit entries, how an entry reads in a patient's
 * access history (AccessClassifier) and that history as CSV.
 */
package health.salus.audit.control;
