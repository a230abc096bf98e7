package health.salus.casework.entity;

/** The programme a case belongs to. */
public enum Programme {
  HOSPITAL_DISCHARGE,
  CHRONIC_CARE,
  NDIS,
  AGED_CARE,
  COMMUNITY
}
