/**
 * Billing entities: the fee schedule (what a consultation costs, by practitioner and mode),
 * invoices with their lines and the payments against them. Money is {@link java.math.BigDecimal}
 * with two decimals, rounded half up ({@link health.salus.billing.entity.Money}); an invoice keeps
 * its totals and its status in step with its lines and payments itself.
 */
package health.salus.billing.entity;
