package health.salus.directory.boundary;

import health.salus.directory.entity.CareRelationship;
import health.salus.directory.entity.CareRelationshipKind;
import java.time.LocalDate;

/** A practitioner's part in a patient's care. */
public record CareTeamMemberView(
    long id,
    long patientId,
    long practitionerId,
    String practitionerUsername,
    String practitionerName,
    CareRelationshipKind kind,
    LocalDate since) {

  static CareTeamMemberView of(CareRelationship c) {
    return new CareTeamMemberView(
        c.getId(),
        c.getPatient().getId(),
        c.getPractitioner().getId(),
        c.getPractitioner().getAccount().getUsername(),
        c.getPractitioner().getAccount().getFullName(),
        c.getKind(),
        c.getSince());
  }
}
