package health.salus.consent.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An emergency access's reason and its time limit, on a fixed clock. */
class EmergencyAccessTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Clock AT_T0 = Clock.fixed(T0, ZoneOffset.UTC);
  private static final Duration FOUR_HOURS = Duration.ofHours(4);

  private final Patient patient =
      new Patient(account("pat", Role.PATIENT), "Pat Test", LocalDate.of(1950, 1, 2), T0);
  private final UserAccount clinician = account("dr.test", Role.CLINICIAN);

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        T0);
  }

  private static String refusalOf(Runnable open) {
    try {
      open.run();
    } catch (Refusal refused) {
      return refused.kind() + " " + refused.messageKey() + " " + refused.field();
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void itOpensTheRecordForItsDurationAndNotAMomentLonger() {
    EmergencyAccess access =
        new EmergencyAccess(
            patient, clinician, "  Unconscious in ED, allergies unknown  ", FOUR_HOURS, AT_T0);

    assertThat(access.getReason()).isEqualTo("Unconscious in ED, allergies unknown");
    assertThat(access.getOpenedAt()).isEqualTo(T0);
    assertThat(access.getValidUntil()).isEqualTo(T0.plus(FOUR_HOURS));
    assertThat(access.openAt(T0)).isTrue();
    assertThat(access.openAt(T0.plus(FOUR_HOURS).minusNanos(1000))).isTrue();
    assertThat(access.openAt(T0.plus(FOUR_HOURS))).isFalse();
  }

  @Test
  void aReasonMustSaySomething() {
    assertThat(refusalOf(() -> new EmergencyAccess(patient, clinician, null, FOUR_HOURS, AT_T0)))
        .isEqualTo("INVALID emergency.reasonTooShort reason");
    assertThat(
            refusalOf(
                () -> new EmergencyAccess(patient, clinician, "  urgent   ", FOUR_HOURS, AT_T0)))
        .isEqualTo("INVALID emergency.reasonTooShort reason");
    assertThat(
            refusalOf(
                () -> new EmergencyAccess(patient, clinician, "x".repeat(501), FOUR_HOURS, AT_T0)))
        .isEqualTo("INVALID emergency.reasonTooLong reason");
    new EmergencyAccess(patient, clinician, "x".repeat(500), FOUR_HOURS, AT_T0);
    new EmergencyAccess(patient, clinician, "0123456789", FOUR_HOURS, AT_T0);
  }

  @Test
  void aDurationBeyondADayIsAConfigurationError() {
    assertThatThrownBy(
            () ->
                new EmergencyAccess(
                    patient, clinician, "Collapsed at the clinic", Duration.ofHours(25), AT_T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new EmergencyAccess(
                    patient, clinician, "Collapsed at the clinic", Duration.ZERO, AT_T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
