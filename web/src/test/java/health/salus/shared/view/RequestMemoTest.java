package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.context.FacesContextWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestMemoTest {

  /** A Faces request with its attributes and nothing else. */
  private static final class Request extends FacesContextWrapper {
    private final Map<Object, Object> attributes = new HashMap<>();

    Request() {
      super(null);
    }

    @Override
    public Map<Object, Object> getAttributes() {
      return attributes;
    }

    Request open() {
      setCurrentInstance(this);
      return this;
    }

    static void closeAll() {
      setCurrentInstance(null);
    }
  }

  private final AtomicInteger asked = new AtomicInteger();

  private String work() {
    return "answer " + asked.incrementAndGet();
  }

  @AfterEach
  void close() {
    Request.closeAll();
  }

  @Test
  void aRequestWorksAValueOutOnceAndKeepsItUnderItsKey() {
    new Request().open();

    assertThat(RequestMemo.of("count", this::work)).isEqualTo("answer 1");
    assertThat(RequestMemo.of("count", this::work)).isEqualTo("answer 1");
    assertThat(RequestMemo.of("other", this::work)).isEqualTo("answer 2");
    assertThat(asked).hasValue(2);
  }

  @Test
  void noValueIsKeptAsWellAsAValue() {
    new Request().open();

    assertThat(RequestMemo.<String>of("none", () -> none(asked))).isNull();
    assertThat(RequestMemo.<String>of("none", () -> none(asked))).isNull();
    assertThat(asked).hasValue(1);
  }

  private static String none(AtomicInteger asked) {
    asked.incrementAndGet();
    return null;
  }

  @Test
  void theNextRequestWorksItOutAgain() {
    new Request().open();
    RequestMemo.of("count", this::work);
    new Request().open();

    assertThat(RequestMemo.of("count", this::work)).isEqualTo("answer 2");
  }
}
