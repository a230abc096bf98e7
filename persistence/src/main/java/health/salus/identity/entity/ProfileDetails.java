package health.salus.identity.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person tells Salus about themselves; it shapes how education and reminders reach them. */
public record ProfileDetails(
    @NotBlank @Size(max = 200) String fullName,
    @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @Past LocalDate birthDate,
    @NotBlank @Size(max = 35) String preferredLanguage,
    EducationLevel educationLevel,
    InternetAccess internetAccess,
    @Size(max = 1000) String accessibilityNeeds,
    @NotNull @Size(max = 64) String timeZone) {}
