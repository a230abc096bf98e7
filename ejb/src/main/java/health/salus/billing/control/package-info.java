/**
 * Billing rules and queries: the fee schedule lookup (practitioner's own item, else the default, in
 * force on the consultation day), issuing invoices on completed appointments, who may see which
 * invoice, and the demo fee schedule and invoices.
 */
package health.salus.billing.control;
