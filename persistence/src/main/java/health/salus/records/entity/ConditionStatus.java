package health.salus.records.entity;

/** Whether a condition still affects the patient. */
public enum ConditionStatus {
  ACTIVE,
  RESOLVED
}
