package health.salus.casework.entity;

/** How much risk the intake assessment finds; MEDIUM and HIGH must say which risks. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH;

  /** Whether the risks must be described. */
  public boolean needsDescription() {
    return this != LOW;
  }
}
