package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A patient and a clinician to enter record entries with, at a fixed moment. */
final class RecordEntriesFixture {

  static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  static final Patient PATIENT =
      new Patient(account("pat", Role.PATIENT), "Pat Test", LocalDate.of(1951, 3, 14), NOW);

  static final Patient OTHER =
      new Patient(account("other", Role.PATIENT), "Other Test", LocalDate.of(1960, 1, 1), NOW);

  static final Practitioner GP =
      new Practitioner(account("gp", Role.CLINICIAN), "GP", "General Practice", null, null);

  private RecordEntriesFixture() {}

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        NOW);
  }

  /** The refusal a change throws, as {@code KIND messageKey field}. */
  static String refusalOf(Runnable change) {
    try {
      change.run();
    } catch (Refusal refused) {
      return refused.kind() + " " + refused.messageKey() + " " + refused.field();
    }
    throw new AssertionError("expected a refusal");
  }
}
