package health.salus.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.identity.entity.Role;
import health.salus.shared.boundary.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Any role lets a caller in; no role keeps them out, but from a method open to anyone. */
class AnySignedInCheckTest {

  /** The shapes a bean's methods take. */
  @AnySignedIn
  static class Sample {
    public void forTheSignedIn() {}

    @PermitAll
    public void register() {}

    @PermitAll
    @AnySignedIn
    public void listForAnyRole() {}
  }

  private final AnySignedInCheck check = new AnySignedInCheck();
  private final Callers callers = mock(Callers.class);
  private final InvocationContext call = mock(InvocationContext.class);

  @BeforeEach
  void wire() throws Exception {
    check.callers = callers;
    when(call.proceed()).thenReturn("done");
  }

  private void calling(String method) throws NoSuchMethodException {
    Method m = Sample.class.getMethod(method);
    when(call.getMethod()).thenReturn(m);
  }

  @Test
  void everyRoleIsLetIn() throws Exception {
    calling("forTheSignedIn");
    for (Role role : Role.values()) {
      when(callers.current())
          .thenReturn(new CurrentCaller(1L, "someone", null, null, Set.of(role)));

      assertThat(check.check(call)).as(role.name()).isEqualTo("done");
    }
  }

  @Test
  void anAnonymousCallerIsRefused() throws Exception {
    when(callers.current()).thenReturn(CurrentCaller.anonymous("ANONYMOUS"));
    for (String method : new String[] {"forTheSignedIn", "listForAnyRole"}) {
      calling(method);

      assertThatThrownBy(() -> check.check(call))
          .as(method)
          .isInstanceOf(AccessDeniedException.class);
    }
    verify(call, never()).proceed();
  }

  @Test
  void aMethodOpenToAnyoneStaysOpen() throws Exception {
    when(callers.current()).thenReturn(CurrentCaller.anonymous("ANONYMOUS"));
    calling("register");

    assertThat(check.check(call)).isEqualTo("done");
  }
}
