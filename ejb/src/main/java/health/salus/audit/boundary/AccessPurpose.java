package health.salus.audit.boundary;

/** Why someone reached a patient's data, as the patient's access history says it. */
public enum AccessPurpose {
  /** Treatment by the patient's practitioners or care team. */
  CARE,
  /** Under a consent grant of the patient (a carer, family, a friend). */
  CONSENT,
  /** A clinician's emergency ("break-glass") access. */
  EMERGENCY,
  /** The patient themself. */
  SELF,
  /** Staff work: bookings, billing, accounts, and the system's own jobs. */
  ADMINISTRATION
}
