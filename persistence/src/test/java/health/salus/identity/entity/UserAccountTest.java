package health.salus.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(15);

  private static UserAccount account(String username) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        " alice@example.org ",
        " Alice Example ",
        LocalDate.of(1980, 5, 17),
        Set.of(Role.PATIENT),
        T0);
  }

  @Test
  void usernameIsStoredTrimmedInLowerCase() {
    UserAccount account = account("  Alice.Example ");

    assertThat(account.getUsername()).isEqualTo("alice.example");
    assertThat(UserAccount.normalise("DR.Chen")).isEqualTo("dr.chen");
    assertThat(UserAccount.normalise(null)).isNull();
    assertThat(account.getEmail()).isEqualTo("alice@example.org");
    assertThat(account.getFullName()).isEqualTo("Alice Example");
  }

  @Test
  void aNewAccountIsEnabledUnlockedAndHasItsRoles() {
    UserAccount account = account("alice");

    assertThat(account.isEnabled()).isTrue();
    assertThat(account.isLocked(T0)).isFalse();
    assertThat(account.getRoles()).containsExactly(Role.PATIENT);
    assertThatThrownBy(() -> account.getRoles().add(Role.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theFifthFailureInARowLocksTheAccount() {
    UserAccount account = account("alice");

    for (int i = 1; i <= 4; i++) {
      assertThat(account.recordFailedLogin(T0.plusSeconds(i), 5, LOCK)).isFalse();
      assertThat(account.isLocked(T0.plusSeconds(i))).isFalse();
    }
    assertThat(account.getFailedLogins()).isEqualTo(4);

    Instant fifth = T0.plusSeconds(5);
    assertThat(account.recordFailedLogin(fifth, 5, LOCK)).isTrue();

    assertThat(account.isLocked(fifth)).isTrue();
    assertThat(account.getLockedUntil()).isEqualTo(fifth.plus(LOCK));
    assertThat(account.isLocked(fifth.plus(LOCK).minusMillis(1))).isTrue();
    assertThat(account.isLocked(fifth.plus(LOCK))).isFalse();
  }

  @Test
  void aSuccessfulSignInResetsTheCount() {
    UserAccount account = account("alice");
    for (int i = 0; i < 4; i++) {
      account.recordFailedLogin(T0, 5, LOCK);
    }

    account.recordSuccessfulLogin(T0.plusSeconds(1));

    assertThat(account.getFailedLogins()).isZero();
    assertThat(account.getLastLoginAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(account.recordFailedLogin(T0.plusSeconds(2), 5, LOCK)).isFalse();
    assertThat(account.getFailedLogins()).isEqualTo(1);
  }

  @Test
  void anExpiredLockStartsTheCountAfresh() {
    UserAccount account = account("alice");
    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(T0, 5, LOCK);
    }
    assertThat(account.isLocked(T0)).isTrue();

    Instant later = T0.plus(LOCK).plusSeconds(1);
    assertThat(account.recordFailedLogin(later, 5, LOCK)).isFalse();

    assertThat(account.isLocked(later)).isFalse();
    assertThat(account.getLockedUntil()).isNull();
    assertThat(account.getFailedLogins()).isEqualTo(1);
  }

  @Test
  void enablingLiftsALock() {
    UserAccount account = account("alice");
    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(T0, 5, LOCK);
    }
    account.disable();
    assertThat(account.isEnabled()).isFalse();

    account.enable();

    assertThat(account.isEnabled()).isTrue();
    assertThat(account.isLocked(T0)).isFalse();
    assertThat(account.getFailedLogins()).isZero();
  }

  @Test
  void grantAndRevokeTellWhetherAnythingChanged() {
    UserAccount account = account("alice");

    assertThat(account.grant(Role.STAFF)).isTrue();
    assertThat(account.grant(Role.STAFF)).isFalse();
    assertThat(account.hasRole(Role.STAFF)).isTrue();
    assertThat(account.revoke(Role.STAFF)).isTrue();
    assertThat(account.revoke(Role.STAFF)).isFalse();
    assertThat(account.hasRole(Role.STAFF)).isFalse();
  }

  @Test
  void multiFactorIsOnOnlyOnceAFirstCodeConfirmsThePendingSecret() {
    UserAccount account = account("mfa.user");

    assertThatThrownBy(() -> account.confirmMfa(10)).isInstanceOf(IllegalStateException.class);
    account.beginMfaSetUp("SECRET");
    assertThat(account.isMfaPending()).isTrue();
    assertThat(account.isMfaEnabled()).isFalse();
    account.confirmMfa(10);
    assertThat(account.isMfaEnabled()).isTrue();
    assertThat(account.acceptMfaStep(10)).as("the confirming code, again").isFalse();
    assertThatThrownBy(() -> account.beginMfaSetUp("OTHER"))
        .isInstanceOf(IllegalStateException.class);

    account.turnOffMfa();
    assertThat(account.isMfaEnabled()).isFalse();
    assertThat(account.getMfaSecret()).isNull();
  }
}
