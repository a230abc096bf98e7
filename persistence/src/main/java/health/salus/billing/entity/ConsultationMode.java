package health.salus.billing.entity;

/** How a consultation takes place; each mode has its own fee. */
public enum ConsultationMode {
  IN_PERSON,
  VIDEO,
  PHONE
}
