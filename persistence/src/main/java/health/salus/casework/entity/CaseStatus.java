package health.salus.casework.entity;

/**
 * Where a case is: INTAKE (it started from a referral and is not yet opened), OPEN, ON_HOLD or
 * CLOSED (with an outcome).
 */
public enum CaseStatus {
  INTAKE,
  OPEN,
  ON_HOLD,
  CLOSED
}
