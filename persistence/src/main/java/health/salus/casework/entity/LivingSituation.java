package health.salus.casework.entity;

/** Where and with whom the person lives, as the intake assessment records it. */
public enum LivingSituation {
  ALONE,
  WITH_FAMILY,
  WITH_CARER,
  SUPPORTED_ACCOMMODATION,
  RESIDENTIAL_CARE,
  HOMELESS_OR_AT_RISK
}
