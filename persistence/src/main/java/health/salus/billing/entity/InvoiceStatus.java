package health.salus.billing.entity;

/** Where an invoice stands; follows its balance, except VOID which staff set. */
public enum InvoiceStatus {
  ISSUED,
  PART_PAID,
  PAID,
  VOID
}
