package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountStatesTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final AccountRepository accounts = mock(AccountRepository.class);
  private final AccountStates states = new AccountStates();
  private final UserAccount account =
      new UserAccount(
          "pat.one",
          "pbkdf2-sha256$600000$salt$hash-one",
          "pat@example.org",
          "Pat One",
          null,
          Set.of(Role.STAFF),
          clock.instant());

  @BeforeEach
  @SuppressWarnings("unchecked")
  void wire() {
    states.accounts = accounts;
    states.clock = clock;
    states.changes = mock(Event.class);
    when(accounts.byUsername("pat.one")).thenReturn(Optional.of(account));
  }

  @Test
  void answersFromTheCacheWithoutAskingTheDatabaseAgain() {
    AccountStates.State first = states.of("pat.one").orElseThrow();
    AccountStates.State second = states.of("PAT.ONE").orElseThrow();

    assertThat(first).isEqualTo(second);
    assertThat(first.enabled()).isTrue();
    assertThat(first.roles()).containsExactly("STAFF");
    verify(accounts, times(1)).byUsername("pat.one");
  }

  @Test
  void aChangeIsSeenAtTheNextLookUp() {
    AccountStates.State before = states.of("pat.one").orElseThrow();
    account.revoke(Role.STAFF);
    account.grant(Role.CLINICIAN);
    account.disable();
    account.changePasswordHash("pbkdf2-sha256$600000$salt$hash-two");

    states.changed("pat.one");
    AccountStates.State after = states.of("pat.one").orElseThrow();

    assertThat(after.enabled()).isFalse();
    assertThat(after.roles()).containsExactly("CLINICIAN");
    assertThat(after.credentialStamp()).isNotEqualTo(before.credentialStamp());
    verify(states.changes).fire(new AccountStates.AccountChanged("pat.one"));
  }

  @Test
  void anEntryExpiresSoThatAChangeOnAnotherServerIsSeenWithinItsLifetime() {
    states.of("pat.one");
    account.disable();

    assertThat(states.of("pat.one").orElseThrow().enabled()).isTrue();
    clock.advance(AccountStates.TIME_TO_LIVE);

    assertThat(states.of("pat.one").orElseThrow().enabled()).isFalse();
    assertThat(AccountStates.TIME_TO_LIVE).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void anUnknownAccountHasNoState() {
    when(accounts.byUsername("nobody")).thenReturn(Optional.empty());

    assertThat(states.of("nobody")).isEmpty();
    assertThat(states.of(null)).isEmpty();
  }

  @Test
  void theStampFollowsThePasswordAndDoesNotContainIt() {
    String stamp = AccountStates.stamp("pbkdf2-sha256$600000$salt$hash-one");

    assertThat(stamp).isEqualTo(AccountStates.stamp("pbkdf2-sha256$600000$salt$hash-one"));
    assertThat(stamp).isNotEqualTo(AccountStates.stamp("pbkdf2-sha256$600000$salt$hash-two"));
    assertThat(stamp).doesNotContain("hash-one").hasSize(22);
  }
}
