package health.salus.prescriptions.entity;

/** Where a refill request stands: open until the prescriber or the care team decides it. */
public enum RefillStatus {
  REQUESTED,
  APPROVED,
  DENIED
}
