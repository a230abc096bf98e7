package health.salus.records.entity;

/** How severe the patient's reaction to the substance is. */
public enum AllergySeverity {
  MILD,
  MODERATE,
  SEVERE
}
