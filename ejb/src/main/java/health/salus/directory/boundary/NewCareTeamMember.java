package health.salus.directory.boundary;

import health.salus.directory.entity.CareRelationshipKind;
import jakarta.validation.constraints.NotNull;

/** Staff adding a practitioner ({@code /practitioners} id) to a patient's care team, in a role. */
public record NewCareTeamMember(
    @NotNull(message = "{salus.careTeam.practitionerId.required}") Long practitionerId,
    @NotNull(message = "{salus.careTeam.kind.required}") CareRelationshipKind kind) {}
