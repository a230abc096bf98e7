package health.salus.community.entity;

/** A connection asked for and not yet answered, or accepted by the person asked. */
public enum ConnectionStatus {
  PENDING,
  ACCEPTED
}
