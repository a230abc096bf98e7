package health.salus.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.CallerCache;
import health.salus.identity.control.CallerIds;
import health.salus.identity.entity.Role;
import health.salus.shared.control.CallerContext;
import jakarta.ejb.SessionContext;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller as the container knows them: roles from the container, never a guessed account. */
class CallersTest {

  private final Callers callers = new Callers();
  private final SessionContext session = mock(SessionContext.class);
  private final AccountRepository accounts = mock(AccountRepository.class);

  @BeforeEach
  void wire() {
    callers.session = session;
    callers.accounts = accounts;
    callers.cache = new CallerCache();
    callers.callerContext = new CallerContext();
    callers.ids = mock(CallerIds.class);
    when(callers.ids.of(anyString(), any()))
        .thenAnswer(call -> call.<Function<String, ?>>getArgument(1).apply(call.getArgument(0)));
  }

  @Test
  void anAnonymousCallerIsNeverResolvedToTheAccountOfTheSameName() {
    when(session.getCallerPrincipal()).thenReturn(() -> "ANONYMOUS");

    CurrentCaller caller = callers.current();

    assertThat(caller.roles()).isEmpty();
    assertThat(caller.accountId()).isNull();
    assertThat(caller.patientId()).isNull();
    verify(accounts, never()).byUsername(anyString());
  }

  @Test
  void aSignedInCallerWithoutAnAccountKeepsTheContainersRoles() {
    when(session.getCallerPrincipal()).thenReturn(() -> "desk");
    when(session.isCallerInRole(Role.Names.STAFF)).thenReturn(true);

    CurrentCaller caller = callers.current();

    assertThat(caller.isStaff()).isTrue();
    assertThat(caller.has(Role.ADMIN)).isFalse();
    assertThat(caller.isPatient(1L)).isFalse();
  }

  @Test
  void theGroupsTheWebLayerGaveTheContainerAnswerForTheCallerOfTheRequest() {
    when(session.getCallerPrincipal()).thenReturn(() -> "desk");
    callers.callerContext.setCaller("desk", Set.of(Role.Names.STAFF, Role.Names.CLINICIAN));

    CurrentCaller caller = callers.current();

    assertThat(caller.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.CLINICIAN);
    verify(session, never()).isCallerInRole(anyString());
  }

  @Test
  void groupsToldForAnotherCallerAreNotUsed() {
    when(session.getCallerPrincipal()).thenReturn(() -> "desk");
    when(session.isCallerInRole(Role.Names.STAFF)).thenReturn(true);
    callers.callerContext.setCaller("alice", Set.of(Role.Names.ADMIN));

    CurrentCaller caller = callers.current();

    assertThat(caller.roles()).containsExactly(Role.STAFF);
    verify(session, times(Role.values().length)).isCallerInRole(anyString());
  }
}
