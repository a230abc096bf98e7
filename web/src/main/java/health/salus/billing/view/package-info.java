/**
 * Billing pages: the patient's invoices, payments and balance with PDF downloads ({@code
 * billing/invoices.xhtml}), the front desk's accounts page for payments and voids ({@code
 * billing/accounts.xhtml}), and the one PDF renderer the pages and the API share.
 */
package health.salus.billing.view;
