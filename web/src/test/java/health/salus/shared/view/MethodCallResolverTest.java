package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MethodCallResolverTest {

  public record Row(String name, Instant start) {
    public String greet(String whom) {
      return "hello " + whom;
    }

    public String over(String text) {
      return "text";
    }

    public String over(Instant time) {
      return "time";
    }

    public long twice(long value) {
      return value * 2;
    }

    public String fail() {
      throw new IllegalStateException("broken");
    }
  }

  private final MethodCallResolver resolver = new MethodCallResolver();
  private final Context context = new Context();
  private final Row row = new Row("Alice", Instant.EPOCH);

  @Test
  void callsARecordAccessorAndAMethodWithArgumentsOfTheirTypes() {
    assertThat(resolver.invoke(context, row, "name", null, new Object[0])).isEqualTo("Alice");
    assertThat(context.isPropertyResolved()).isTrue();

    Context other = new Context();
    assertThat(resolver.invoke(other, row, "greet", null, new Object[] {"Bob"}))
        .isEqualTo("hello Bob");
    assertThat(other.isPropertyResolved()).isTrue();

    Context concat = new Context();
    assertThat(resolver.invoke(concat, "status.", "concat", null, new Object[] {"BOOKED"}))
        .isEqualTo("status.BOOKED");
    assertThat(concat.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesOverloadsConversionsAndUnknownMethodsToTheStandardResolver() {
    // Two methods of that name and arity: the standard resolver chooses.
    assertThat(resolver.invoke(context, row, "over", null, new Object[] {"x"})).isNull();
    // EL's number literals are Long; a String needs converting to long.
    assertThat(resolver.invoke(context, row, "twice", null, new Object[] {"2"})).isNull();
    // null for a primitive parameter.
    assertThat(resolver.invoke(context, row, "twice", null, new Object[] {null})).isNull();
    // Declared parameter types (a method expression's) and unknown names.
    assertThat(
            resolver.invoke(
                context, row, "greet", new Class<?>[] {String.class}, new Object[] {"x"}))
        .isNull();
    assertThat(resolver.invoke(context, row, "nothing", null, new Object[0])).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
    // A boxed argument for a primitive parameter is taken as it is.
    assertThat(resolver.invoke(context, row, "twice", null, new Object[] {21L})).isEqualTo(42L);
  }

  @Test
  void aFailingMethodFailsAsWithTheStandardResolver() {
    assertThatThrownBy(() -> resolver.invoke(context, row, "fail", null, new Object[0]))
        .isInstanceOf(ELException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aClassThatIsNotPublicIsLeftToTheStandardResolver() {
    assertThat(MethodCallResolver.callable(Hidden.class)).isEmpty();
    assertThat(resolver.invoke(context, new Hidden(), "toString", null, new Object[0])).isNull();
  }

  static class Hidden {}

  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
