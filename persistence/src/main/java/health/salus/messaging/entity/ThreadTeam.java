package health.salus.messaging.entity;

/** A team a thread may be addressed to instead of one practitioner. */
public enum ThreadTeam {
  /** The practitioners in the patient's care team. */
  CARE_TEAM
}
