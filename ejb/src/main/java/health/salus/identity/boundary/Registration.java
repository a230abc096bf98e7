package health.salus.identity.boundary;

import health.salus.identity.entity.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A patient signing up for the portal. The password is checked by the password policy. */
public record Registration(
    @NotBlank(message = "{salus.username.required}")
        @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "{salus.username.pattern}")
        String username,
    @NotNull(message = "{salus.password.required}") String password,
    @NotBlank(message = "{salus.email.required}")
        @Email(message = "{salus.email.invalid}")
        @Size(max = 254, message = "{salus.email.tooLong}")
        String email,
    @NotBlank(message = "{salus.fullName.required}")
        @Size(max = 200, message = "{salus.fullName.tooLong}")
        String fullName,
    @NotNull(message = "{salus.birthDate.required}") @Past(message = "{salus.birthDate.past}")
        LocalDate birthDate) {}
