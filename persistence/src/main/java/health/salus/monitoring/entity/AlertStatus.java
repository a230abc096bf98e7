package health.salus.monitoring.entity;

/** An alert of the care team: open until a clinician of the team acknowledges it. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED
}
