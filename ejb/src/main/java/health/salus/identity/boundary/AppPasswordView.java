package health.salus.identity.boundary;

import health.salus.identity.entity.AppPassword;
import java.time.Instant;

/** An app password as listed: its name and when it was made, never the password. */
public record AppPasswordView(long id, String name, Instant createdAt) {

  static AppPasswordView of(AppPassword password) {
    return new AppPasswordView(password.getId(), password.getName(), password.getCreatedAt());
  }
}
