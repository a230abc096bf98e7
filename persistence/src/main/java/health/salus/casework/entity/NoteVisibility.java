package health.salus.casework.entity;

/** INTERNAL notes are for the case team only; SHARED notes the patient sees too. */
public enum NoteVisibility {
  INTERNAL,
  SHARED
}
