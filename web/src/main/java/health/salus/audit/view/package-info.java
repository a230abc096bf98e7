/** The administrators' audit search page, and the patient's access history page. */
package health.salus.audit.view;
