package health.salus.identity.boundary;

/** An app password just made: the password itself is shown this once only. */
public record NewAppPassword(AppPasswordView appPassword, String password) {}
