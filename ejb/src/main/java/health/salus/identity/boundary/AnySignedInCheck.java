package health.salus.identity.boundary;

import health.salus.shared.boundary.AccessDeniedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/** Lets a call to an {@link AnySignedIn} bean or method through only for a signed-in caller. */
@AnySignedIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class AnySignedInCheck {

  @Inject Callers callers;

  @AroundInvoke
  public Object check(InvocationContext call) throws Exception {
    if (!openToAnyone(call.getMethod()) && callers.current().roles().isEmpty()) {
      throw new AccessDeniedException("problem.forbiddenAction");
    }
    return call.proceed();
  }

  /** A method's own {@code @PermitAll}, without {@link AnySignedIn} beside it, opens it. */
  static boolean openToAnyone(Method method) {
    return method.isAnnotationPresent(PermitAll.class)
        && !method.isAnnotationPresent(AnySignedIn.class);
  }
}
