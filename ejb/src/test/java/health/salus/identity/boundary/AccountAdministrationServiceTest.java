package health.salus.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.AccountStates;
import health.salus.identity.control.CredentialCache;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.BusinessException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.ejb.SessionContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The administrators' rules that keep the IT department from locking itself out. */
class AccountAdministrationServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final AccountAdministrationService service = new AccountAdministrationService();
  private final AccountRepository accounts = mock(AccountRepository.class);
  private final AuditTrail audit = mock(AuditTrail.class);
  private final SessionContext session = mock(SessionContext.class);
  private final AccountStates states = mock(AccountStates.class);

  private final UserAccount me = account(1L, "it.lead", Role.ADMIN);
  private final UserAccount other = account(2L, "it.second", Role.ADMIN);

  @BeforeEach
  void wire() {
    service.accounts = accounts;
    service.audit = audit;
    service.session = session;
    service.credentialCache = new CredentialCache();
    service.states = states;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    when(session.getCallerPrincipal()).thenReturn(() -> "it.lead");
    when(accounts.byId(1L)).thenReturn(Optional.of(me));
    when(accounts.byId(2L)).thenReturn(Optional.of(other));
    when(accounts.patientOf(any())).thenReturn(Optional.empty());
  }

  @Test
  void theLastAdministratorKeepsTheRole() {
    when(accounts.countWithRole(Role.ADMIN)).thenReturn(1L);

    assertThatThrownBy(() -> service.revokeRole(2L, Role.ADMIN))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("account.lastAdmin");
    assertThat(other.hasRole(Role.ADMIN)).isTrue();
    assertDeniedAndAudited("ROLE_REVOKE");
  }

  @Test
  void anotherAdministratorMayLoseTheRoleWhileOneRemains() {
    when(accounts.countWithRole(Role.ADMIN)).thenReturn(2L);

    AccountView after = service.revokeRole(2L, Role.ADMIN);

    assertThat(after.roles()).doesNotContain(Role.ADMIN);
    assertThat(other.hasRole(Role.ADMIN)).isFalse();
    verify(states).changed("it.second");
  }

  @Test
  void noAdministratorRemovesTheirOwnAdministratorRole() {
    when(accounts.countWithRole(Role.ADMIN)).thenReturn(5L);

    assertThatThrownBy(() -> service.revokeRole(1L, Role.ADMIN))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("account.ownAdminRole");
    assertThat(me.hasRole(Role.ADMIN)).isTrue();
  }

  @Test
  void noAdministratorDisablesTheirOwnAccount() {
    assertThatThrownBy(() -> service.disable(1L))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("account.disableSelf");
    assertThat(me.isEnabled()).isTrue();
    assertDeniedAndAudited("ACCOUNT_DISABLE");
  }

  @Test
  void patientAndCarerRolesAreNotAnAdministratorsToGive() {
    assertThatThrownBy(() -> service.grantRole(2L, Role.PATIENT))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.grantRole(2L, Role.CARER))
        .isInstanceOf(InvalidInputException.class);
    assertThat(other.getRoles()).containsExactly(Role.ADMIN);
  }

  private void assertDeniedAndAudited(String action) {
    ArgumentCaptor<AuditEvent> recorded = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit).record(recorded.capture());
    assertThat(recorded.getValue().action()).isEqualTo(action);
    assertThat(recorded.getValue().outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  private static UserAccount account(long id, String username, Role role) {
    UserAccount account =
        new UserAccount(
            username, "hash", username + "@example.org", username, null, Set.of(role), NOW);
    try {
      var field = UserAccount.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(account, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return account;
  }
}
