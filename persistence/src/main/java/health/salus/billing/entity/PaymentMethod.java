package health.salus.billing.entity;

/** How a payment was received. */
public enum PaymentMethod {
  CARD,
  CASH,
  EFTPOS,
  MEDICARE_REBATE,
  NDIS,
  OTHER
}
