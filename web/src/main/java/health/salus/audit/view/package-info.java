/** The administrators' audit search page over the audit trail boundary. */
package health.salus.audit.view;
