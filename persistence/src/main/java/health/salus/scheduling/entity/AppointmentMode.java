package health.salus.scheduling.entity;

/** How patient and practitioner meet. */
public enum AppointmentMode {
  IN_PERSON,
  VIDEO,
  PHONE
}
