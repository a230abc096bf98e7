package health.salus.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseCircuitTest {

  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final AtomicBoolean databaseAnswers = new AtomicBoolean(false);
  private final AtomicInteger probes = new AtomicInteger();
  private final DatabaseCircuit circuit =
      new DatabaseCircuit(
          now::get,
          () -> {
            probes.incrementAndGet();
            return databaseAnswers.get();
          });

  private void later(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  @Test
  void everythingGoesThroughWhileNothingIsWrongWithoutAskingTheDatabase() {
    assertThat(circuit.admits()).isTrue();
    assertThat(circuit.admits()).isTrue();
    assertThat(circuit.isOpen()).isFalse();
    assertThat(probes).hasValue(0);
  }

  @Test
  void afterAnOutageRequestsAreRefusedAtOnceUntilTheNextProbe() {
    circuit.tripped();

    assertThat(circuit.admits()).isFalse();
    later(Duration.ofMillis(900));
    assertThat(circuit.admits()).isFalse();
    assertThat(probes).hasValue(0);
    assertThat(circuit.isOpen()).isTrue();
  }

  @Test
  void aProbeThatFindsTheDatabaseAwayKeepsRefusingForAnotherSecond() {
    circuit.tripped();
    later(Duration.ofMillis(1001));

    assertThat(circuit.admits()).isFalse();
    assertThat(probes).hasValue(1);
    later(Duration.ofMillis(500));
    assertThat(circuit.admits()).isFalse();
    assertThat(probes).hasValue(1);
  }

  @Test
  void aProbeThatFindsTheDatabaseBackLetsEverythingThroughAgain() {
    circuit.tripped();
    later(Duration.ofMillis(1001));
    databaseAnswers.set(true);

    assertThat(circuit.admits()).isTrue();
    assertThat(circuit.isOpen()).isFalse();
    assertThat(circuit.admits()).isTrue();
    assertThat(probes).hasValue(1);
  }

  @Test
  void whileOneRequestProbesTheOthersAreRefusedWithoutProbing() {
    DatabaseCircuit[] self = new DatabaseCircuit[1];
    AtomicBoolean othersAdmitted = new AtomicBoolean(true);
    self[0] =
        new DatabaseCircuit(
            now::get,
            () -> {
              probes.incrementAndGet();
              // Another request arrives while the database is being asked.
              othersAdmitted.set(self[0].admits());
              return true;
            });
    self[0].tripped();
    later(Duration.ofSeconds(2));

    assertThat(self[0].admits()).isTrue();
    assertThat(othersAdmitted).isFalse();
    assertThat(probes).hasValue(1);
  }

  @Test
  void aProbeThatFailsWithAnExceptionCountsAsAway() {
    DatabaseCircuit failing =
        new DatabaseCircuit(
            now::get,
            () -> {
              throw new IllegalStateException("pool gave up");
            });
    failing.tripped();
    later(Duration.ofSeconds(2));

    assertThat(failing.admits()).isFalse();
    assertThat(failing.isOpen()).isTrue();
  }
}
