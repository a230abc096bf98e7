package health.salus.consent.entity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A grant's rules and its status over time, on a fixed clock. */
class ConsentGrantTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant END = T0.plus(Duration.ofDays(30));
  private static final Clock AT_T0 = Clock.fixed(T0, ZoneOffset.UTC);

  private final UserAccount own = account("pat");
  private final Patient patient = new Patient(own, "Pat Test", LocalDate.of(1950, 1, 2), T0);
  private final UserAccount carer = account("carer");

  private static UserAccount account(String username) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(Role.PATIENT),
        T0);
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private ConsentGrant medicationsUntilEnd(boolean actFor) {
    return new ConsentGrant(
        patient, carer, List.of(ConsentCategory.MEDICATIONS), END, actFor, AT_T0);
  }

  private static String refusalOf(Runnable change) {
    try {
      change.run();
    } catch (Refusal refused) {
      return refused.kind() + " " + refused.messageKey() + " " + refused.field();
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void aGrantIsActiveUntilItsEndAndThenExpired() {
    ConsentGrant grant = medicationsUntilEnd(false);

    assertThat(grant.getGrantedAt()).isEqualTo(T0);
    assertThat(grant.statusAt(T0)).isEqualTo(ConsentStatus.ACTIVE);
    assertThat(grant.activeAt(END.minusMillis(1))).isTrue();
    assertThat(grant.statusAt(END)).isEqualTo(ConsentStatus.EXPIRED);
    assertThat(grant.activeAt(END)).isFalse();
    assertThat(grant.statusAt(END.plus(Duration.ofDays(1)))).isEqualTo(ConsentStatus.EXPIRED);
  }

  @Test
  void revokingEndsItAtOnceAndOnlyOnce() {
    ConsentGrant grant = medicationsUntilEnd(true);
    Instant revoked = T0.plus(Duration.ofDays(2));

    assertThat(grant.revoke(own, at(revoked))).isTrue();

    assertThat(grant.activeAt(revoked)).isFalse();
    assertThat(grant.statusAt(revoked)).isEqualTo(ConsentStatus.REVOKED);
    assertThat(grant.statusAt(END.plusSeconds(1))).isEqualTo(ConsentStatus.REVOKED);
    assertThat(grant.letsActForAt(revoked)).isFalse();
    assertThat(grant.opensAt(ConsentCategory.MEDICATIONS, revoked)).isFalse();
    assertThat(grant.revoke(own, at(revoked.plusSeconds(60)))).isFalse();
    assertThat(grant.getRevokedAt()).isEqualTo(revoked);
    assertThat(grant.getRevokedBy()).isSameAs(own);
  }

  @Test
  void itOpensOnlyItsCategoriesWhileActiveAndAllOpensEvery() {
    ConsentGrant medications = medicationsUntilEnd(false);
    ConsentGrant all =
        new ConsentGrant(patient, carer, List.of(ConsentCategory.ALL), END, false, AT_T0);

    assertThat(medications.opensAt(ConsentCategory.MEDICATIONS, T0)).isTrue();
    assertThat(medications.opensAt(ConsentCategory.RESULTS, T0)).isFalse();
    assertThat(medications.opensAt(ConsentCategory.MEDICATIONS, END)).isFalse();
    assertThat(medications.letsActForAt(T0)).isFalse();
    assertThat(all.opensAt(ConsentCategory.DOCUMENTS, T0)).isTrue();
    assertThat(medicationsUntilEnd(true).letsActForAt(T0)).isTrue();
  }

  @Test
  void itNeedsACategoryAnEndInTheFutureAndAnotherPerson() {
    assertThat(refusalOf(() -> new ConsentGrant(patient, carer, List.of(), END, false, AT_T0)))
        .isEqualTo("INVALID consent.categoriesRequired categories");
    assertThat(
            refusalOf(
                () ->
                    new ConsentGrant(
                        patient, carer, List.of(ConsentCategory.ALL), null, false, AT_T0)))
        .isEqualTo("INVALID consent.validUntilPast validUntil");
    assertThat(
            refusalOf(
                () ->
                    new ConsentGrant(
                        patient, carer, List.of(ConsentCategory.ALL), T0, false, AT_T0)))
        .isEqualTo("INVALID consent.validUntilPast validUntil");
    assertThat(
            refusalOf(
                () ->
                    new ConsentGrant(
                        patient, own, List.of(ConsentCategory.ALL), END, false, AT_T0)))
        .isEqualTo("RULE consent.notToYourself null");
    assertThat(
            refusalOf(
                () ->
                    new ConsentGrant(
                        patient,
                        carer,
                        List.of(ConsentCategory.ALL),
                        T0.plus(ConsentGrant.LONGEST).plusSeconds(1),
                        false,
                        AT_T0)))
        .isEqualTo("INVALID consent.validUntilTooFar validUntil");
  }
}
