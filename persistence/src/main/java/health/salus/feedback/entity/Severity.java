package health.salus.feedback.entity;

/** How serious a complaint is, set at triage. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
