package health.salus.identity.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person tells Salus about themselves; it shapes how education and reminders reach them. */
public record ProfileDetails(
    @NotBlank(message = "{salus.fullName.required}")
        @Size(max = 200, message = "{salus.fullName.tooLong}")
        String fullName,
    @NotBlank(message = "{salus.email.required}")
        @Email(message = "{salus.email.invalid}")
        @Size(max = 254, message = "{salus.email.tooLong}")
        String email,
    @Size(max = 40, message = "{salus.phone.tooLong}") String phone,
    @Past(message = "{salus.birthDate.past}") LocalDate birthDate,
    @NotBlank(message = "{salus.language.required}") @Size(max = 35) String preferredLanguage,
    EducationLevel educationLevel,
    InternetAccess internetAccess,
    @Size(max = 1000, message = "{salus.accessibility.tooLong}") String accessibilityNeeds,
    @NotNull(message = "{salus.timeZone.required}") @Size(max = 64) String timeZone) {}
