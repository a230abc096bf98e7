package health.salus.records.entity;

/** Where a result lies against its reference range: below, within or above it. */
public enum ObservationFlag {
  LOW,
  NORMAL,
  HIGH
}
