package health.salus.messaging.entity;

/**
 * The side of a conversation a participant writes and reads on: the patient's (the patient, a carer
 * acting for them) or the care's (the practitioner or educator addressed, the care team). A message
 * counts as read (its receipt) once someone on the other side has opened it.
 */
public enum MessageSide {
  PATIENT,
  CARE
}
