package health.salus.consent.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A patient's grant as asked for: the grantee's username, the categories by name ({@code
 * CONDITIONS}, {@code MEDICATIONS}, {@code RESULTS}, {@code DOCUMENTS}, {@code READINGS}, {@code
 * ALL}), its end, and whether the grantee may also act for the patient (absent: no).
 */
public record NewConsentGrant(
    @NotBlank(message = "{salus.consent.granteeUsername.required}") String granteeUsername,
    @NotEmpty(message = "{salus.consent.categories.required}") List<String> categories,
    @NotNull(message = "{salus.consent.validUntil.required}") Instant validUntil,
    Boolean actFor) {}
