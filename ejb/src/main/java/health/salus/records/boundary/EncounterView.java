package health.salus.records.boundary;

import health.salus.records.entity.Encounter;
import java.io.Serializable;
import java.time.Instant;

/** A consultation as the clinician recorded it: who, when, the notes and the outcome. */
public record EncounterView(
    long id,
    long patientId,
    Long appointmentId,
    String practitioner,
    Instant recordedAt,
    String notes,
    String outcome)
    implements Serializable {

  static EncounterView of(Encounter e) {
    return new EncounterView(
        e.getId(),
        e.getPatient().getId(),
        e.getAppointmentId(),
        e.getPractitioner().getAccount().getFullName(),
        e.getRecordedAt(),
        e.getNotes(),
        e.getOutcome());
  }
}
