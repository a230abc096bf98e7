package health.salus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The race helper itself (no server): it tells a real race from calls that ran one by one. */
class RaceIT {

  private static String pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Thread.currentThread().getName();
  }

  @Test
  void callsInFlightTogetherAreARaceOnThreadsOfTheirOwn() {
    Set<String> readyOn = ConcurrentHashMap.newKeySet();

    List<String> ranOn = Race.run(6, i -> readyOn.add(pause(10)), i -> pause(300));

    assertThat(ranOn).hasSize(6).doesNotHaveDuplicates();
    assertThat(readyOn).containsExactlyInAnyOrderElementsOf(ranOn);
  }

  @Test
  void racersStartAtOneInstantSetAheadWhenTheLastOneArrives() {
    // A racer the system wakes late from the barrier still starts with the others: no one starts
    // before the instant, which lies GO_AHEAD after the last racer got ready.
    AtomicLong lastReady = new AtomicLong();

    List<Race.Lap<Integer>> laps =
        Race.laps(3, i -> lastReady.accumulateAndGet(System.nanoTime(), Math::max), i -> i);

    long firstStart = laps.stream().mapToLong(Race.Lap::started).min().orElseThrow();
    long lastStart = laps.stream().mapToLong(Race.Lap::started).max().orElseThrow();
    assertThat(firstStart).isGreaterThanOrEqualTo(lastReady.get() + Race.GO_AHEAD);
    assertThat(lastStart - firstStart).isLessThan(Race.GO_AHEAD);
  }

  @Test
  void callsThatRunOneAfterAnotherAreNoRace() {
    // As with a pool smaller than the field: each call starts when the one before has ended.
    List<Race.Lap<String>> oneAfterAnother =
        List.of(
            new Race.Lap<>("a", 0, 100),
            new Race.Lap<>("b", 100, 200),
            new Race.Lap<>("c", 200, 300));

    assertThatThrownBy(() -> Race.assertOverlapped(oneAfterAnother))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("no race");
    Race.assertOverlapped(List.of(new Race.Lap<>("a", 0, 500), new Race.Lap<>("b", 200, 300)));
  }

  @Test
  void aRacerThatFailsFailsTheRace() {
    assertThatThrownBy(
            () ->
                Race.run(
                    3,
                    i -> {
                      if (i == 1) {
                        throw new IllegalStateException("could not sign in");
                      }
                    },
                    i -> "ran"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("racer 1 failed")
        .hasRootCauseMessage("could not sign in");
  }
}
