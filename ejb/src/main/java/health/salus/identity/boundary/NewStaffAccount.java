package health.salus.identity.boundary;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A member of staff's account, as an administrator creates it. */
public record NewStaffAccount(
    @NotBlank(message = "{salus.username.required}")
        @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "{salus.username.pattern}")
        String username,
    @NotBlank(message = "{salus.fullName.required}")
        @Size(max = 200, message = "{salus.fullName.tooLong}")
        String fullName,
    @NotBlank(message = "{salus.email.required}")
        @Email(message = "{salus.email.invalid}")
        @Size(max = 254, message = "{salus.email.tooLong}")
        String email,
    @NotNull(message = "{salus.password.required}") String initialPassword,
    @NotEmpty(message = "{salus.roles.required}") Set<Role> roles) {}
