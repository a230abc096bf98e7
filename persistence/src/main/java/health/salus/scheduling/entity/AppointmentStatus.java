package health.salus.scheduling.entity;

/** Where an appointment stands; BOOKED and ARRIVED are live, the others final. */
public enum AppointmentStatus {
  BOOKED,
  ARRIVED,
  CANCELLED,
  NO_SHOW,
  COMPLETED
}
