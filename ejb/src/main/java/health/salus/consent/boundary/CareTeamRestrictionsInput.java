package health.salus.consent.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The categories a patient keeps from their care team, by name ({@code CONDITIONS}, {@code
 * MEDICATIONS}, {@code RESULTS}, {@code DOCUMENTS}, {@code READINGS}); an empty list keeps none.
 */
public record CareTeamRestrictionsInput(
    @NotNull(message = "{salus.consent.restriction.categories.required}")
        List<String> categories) {}
