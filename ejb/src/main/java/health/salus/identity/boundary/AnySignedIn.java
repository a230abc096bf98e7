package health.salus.identity.boundary;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For every signed-in user, whatever their role: the one place that says "any role" instead of a
 * copied list of all of them in {@code @RolesAllowed} (an annotation cannot take a constant array).
 * Put it beside {@code @PermitAll} on a session bean or a method; {@link AnySignedInCheck} then
 * refuses a caller without any role of {@link health.salus.identity.entity.Role}. A method of such
 * a bean that carries its own {@code @PermitAll} (registration) stays open to anyone.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnySignedIn {}
