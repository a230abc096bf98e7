package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.control.AccountStates.AccountChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who a username is, looked up once for many requests, again when the account changes. */
class CallerIdsTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final CallerIds ids = new CallerIds();
  private final AtomicInteger lookUps = new AtomicInteger();
  private final Function<String, CallerIds.Ids> lookUp =
      name -> {
        lookUps.incrementAndGet();
        return name.equals("pat.one") ? new CallerIds.Ids(7, name, 3L, null) : null;
      };

  @BeforeEach
  void wire() {
    ids.clock = clock;
  }

  @Test
  void looksAUsernameUpOnceForManyRequests() {
    CallerIds.Ids first = ids.of("pat.one", lookUp);
    CallerIds.Ids second = ids.of("pat.one", lookUp);

    assertThat(second).isEqualTo(first).isEqualTo(new CallerIds.Ids(7, "pat.one", 3L, null));
    assertThat(lookUps).hasValue(1);
  }

  @Test
  void looksUpAgainWhenTheAccountChangesOrAfterTheTimeToLive() {
    ids.of("pat.one", lookUp);
    ids.afterChange(new AccountChanged("pat.one"));
    ids.of("pat.one", lookUp);
    assertThat(lookUps).hasValue(2);

    clock.advance(AccountStates.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));
    ids.of("pat.one", lookUp);
    assertThat(lookUps).hasValue(3);
  }

  @Test
  void neverKeepsAnUnknownUsername() {
    assertThat(ids.of("nobody", lookUp)).isNull();
    assertThat(ids.of("nobody", lookUp)).isNull();

    assertThat(lookUps).hasValue(2);
  }
}
