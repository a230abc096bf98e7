package health.salus.shared.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Method calls in page expressions ({@code #{a.practitionerName()}}, {@code
 * #{scheduleDisplay.when(a.start())}}, {@code 'status.'.concat(a.status())}) without looking the
 * method up again each time.
 *
 * <p>The standard bean resolver finds the method of every call anew: it copies all public methods
 * of the class ({@code Class.getMethods()}) and checks access on each call, 2 to 4 % of a page with
 * tables in JFR. This resolver, before it in the chain, knows each class's public methods by name
 * and number of arguments once. It answers only a call it can make exactly as the standard one
 * would: one public, non-variable-arity method of that name and arity in a public class, each
 * argument null (for an object parameter) or already of the parameter's type. Anything else (an
 * overloaded name, an argument to convert, declared parameter types) it leaves to the next
 * resolver.
 */
public class MethodCallResolver extends ELResolver {

  /** Per class: by name, the one method of each arity (index), or null where none or several. */
  private static final ClassValue<Map<String, Method[]>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method[]> computeValue(Class<?> type) {
          return callable(type);
        }
      };

  /** More arguments than this are left to the standard resolver. */
  static final int MAX_ARGUMENTS = 4;

  static Map<String, Method[]> callable(Class<?> type) {
    Map<String, Method[]> byName = new HashMap<>();
    if (!Modifier.isPublic(type.getModifiers())) {
      return byName;
    }
    Map<String, Integer> found = new HashMap<>();
    for (Method method : type.getMethods()) {
      if (!method.isBridge()) {
        found.merge(signature(method), 1, Integer::sum);
      }
    }
    for (Method method : type.getMethods()) {
      if (callable(method) && found.get(signature(method)) == 1) {
        method.trySetAccessible();
        Method[] byArity =
            byName.computeIfAbsent(method.getName(), n -> new Method[MAX_ARGUMENTS + 1]);
        byArity[method.getParameterCount()] = method;
      }
    }
    return Map.copyOf(byName);
  }

  private static String signature(Method method) {
    return method.getName() + "/" + method.getParameterCount();
  }

  private static boolean callable(Method method) {
    return !method.isBridge()
        && !method.isVarArgs()
        && method.getParameterCount() <= MAX_ARGUMENTS
        && !Modifier.isStatic(method.getModifiers())
        && Modifier.isPublic(method.getDeclaringClass().getModifiers());
  }

  /** The method a call names, when it is the only one and takes these arguments as they are. */
  static Method target(Object base, String name, Object[] arguments) {
    int arity = arguments == null ? 0 : arguments.length;
    if (arity > MAX_ARGUMENTS) {
      return null;
    }
    Method[] byArity = METHODS.get(base.getClass()).get(name);
    Method method = byArity == null ? null : byArity[arity];
    if (method == null) {
      return null;
    }
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < arity; i++) {
      Object argument = arguments[i];
      if (argument == null
          ? parameters[i].isPrimitive()
          : !boxed(parameters[i]).isInstance(argument)) {
        return null;
      }
    }
    return method;
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] types, Object[] arguments) {
    if (base == null || !(method instanceof String name) || types != null) {
      return null;
    }
    Method target = target(base, name, arguments);
    if (target == null) {
      return null;
    }
    try {
      Object result = target.invoke(base, arguments == null ? new Object[0] : arguments);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    } else if (type == int.class) {
      return Integer.class;
    } else if (type == long.class) {
      return Long.class;
    } else if (type == boolean.class) {
      return Boolean.class;
    } else if (type == double.class) {
      return Double.class;
    } else if (type == char.class) {
      return Character.class;
    } else if (type == float.class) {
      return Float.class;
    } else if (type == short.class) {
      return Short.class;
    }
    return Byte.class;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Values are the other resolvers' business.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
