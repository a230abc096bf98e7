package health.salus.consent.entity;

/**
 * Where a grant stands at a moment: {@link #ACTIVE} until it is revoked or its end passes; {@link
 * #REVOKED} by the patient (whatever its end); {@link #EXPIRED} once its end has passed. Computed
 * from the clock, never stored.
 */
public enum ConsentStatus {
  ACTIVE,
  REVOKED,
  EXPIRED
}
