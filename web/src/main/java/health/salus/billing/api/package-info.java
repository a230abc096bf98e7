/**
 * Billing over REST: {@code /invoices} (list, one, PDF, payments, void), {@code /me/balance} and
 * {@code /fee-schedule}. The resources hold no rules; the billing boundary decides.
 */
package health.salus.billing.api;
