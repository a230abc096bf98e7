package health.salus.identity.entity;

/** Highest completed education, used to pitch education programmes at the right level. */
public enum EducationLevel {
  PRIMARY,
  SECONDARY,
  TRADE_CERTIFICATE,
  UNIVERSITY,
  PREFER_NOT_TO_SAY
}
