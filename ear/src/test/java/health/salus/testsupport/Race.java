package health.salus.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A real race: each racer on a platform thread of its own first gets ready (such as signing in, so
 * that no racer pays the password hash inside the race), then all meet at one {@link
 * CyclicBarrier}. The last one to arrive sets a starting instant a little ahead ({@link
 * #GO_AHEAD}); each racer, once woken, waits for that instant on its CPU and starts then, so that a
 * racer the system woke late from the barrier (a loaded CI machine takes tens of milliseconds)
 * still starts with the others. The race counts only when the calls were in flight at the same
 * moment; otherwise it fails, as it proved nothing.
 */
public final class Race {

  private static final long JOIN_SECONDS = 180;

  /** How far ahead of the last arrival at the barrier the racers start. */
  static final long GO_AHEAD = TimeUnit.MILLISECONDS.toNanos(100);

  private Race() {}

  /** When one call was in flight, by {@link System#nanoTime()}. */
  public record Lap<T>(T result, long started, long ended) {}

  /**
   * Runs {@code racers} calls at once and returns their results in racer order, after checking that
   * they overlapped.
   *
   * @param ready what racer i does on its own thread before the start (may be null)
   * @param call racer i's call, timed
   */
  public static <T> List<T> run(int racers, IntConsumer ready, IntFunction<T> call) {
    List<Lap<T>> laps = laps(racers, ready, call);
    assertOverlapped(laps);
    return laps.stream().map(Lap::result).toList();
  }

  /** The laps of a race, without judging them. */
  public static <T> List<Lap<T>> laps(int racers, IntConsumer ready, IntFunction<T> call) {
    AtomicLong go = new AtomicLong();
    CyclicBarrier start = new CyclicBarrier(racers, () -> go.set(System.nanoTime() + GO_AHEAD));
    AtomicReferenceArray<Lap<T>> laps = new AtomicReferenceArray<>(racers);
    AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(racers);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      int racer = i;
      Thread thread =
          new Thread(
              () -> {
                boolean isReady = true;
                try {
                  if (ready != null) {
                    ready.accept(racer);
                  }
                } catch (RuntimeException | Error e) {
                  failures.set(racer, e);
                  isReady = false; // still comes to the start, so that no one waits for it
                }
                try {
                  start.await(JOIN_SECONDS, TimeUnit.SECONDS);
                  while (System.nanoTime() < go.get()) {
                    Thread.onSpinWait();
                  }
                  if (isReady) {
                    long started = System.nanoTime();
                    T result = call.apply(racer);
                    laps.set(racer, new Lap<>(result, started, System.nanoTime()));
                  }
                } catch (BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                  failures.compareAndSet(racer, null, e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  failures.compareAndSet(racer, null, e);
                } catch (RuntimeException | Error e) {
                  failures.compareAndSet(racer, null, e);
                }
              },
              "racer-" + i);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOIN_SECONDS);
    try {
      for (Thread thread : threads) {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    AssertionError failed = null;
    for (int i = 0; i < racers; i++) {
      Throwable failure = failures.get(i);
      if (failure != null
          && !(failure instanceof BrokenBarrierException)
          && !(failure instanceof java.util.concurrent.TimeoutException)) {
        if (failed == null) {
          failed = new AssertionError("racer " + i + " failed", failure);
        } else {
          failed.addSuppressed(failure);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
    List<Lap<T>> result = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      if (laps.get(i) == null) {
        throw new AssertionError("racer " + i + " did not finish within " + JOIN_SECONDS + " s");
      }
      result.add(laps.get(i));
    }
    return result;
  }

  /**
   * Fails unless at least half the calls (and at least two) were in flight at one moment. All of
   * them at once cannot be asked for: with more racers than two cores, the racers take turns on the
   * cores at the starting instant, while an idle server answers a call in ten milliseconds.
   */
  public static void assertOverlapped(List<? extends Lap<?>> laps) {
    long firstStart = laps.stream().mapToLong(Lap::started).min().orElseThrow();
    long lastStart = laps.stream().mapToLong(Lap::started).max().orElseThrow();
    int most = mostInFlight(laps);
    int needed = Math.max(2, (laps.size() + 1) / 2);
    System.out.printf(
        "race of %d calls: all started within %.1f ms, %d in flight at once%n",
        laps.size(), (lastStart - firstStart) / 1e6, most);
    if (most < needed) {
      throw new AssertionError(
          String.format(
              "no race: at most %d of %d calls were in flight at once, %d needed",
              most, laps.size(), needed));
    }
  }

  private static int mostInFlight(List<? extends Lap<?>> laps) {
    int most = 0;
    for (Lap<?> lap : laps) {
      long at = lap.started();
      int inFlight = 0;
      for (Lap<?> other : laps) {
        if (other.started() <= at && at < other.ended()) {
          inFlight++;
        }
      }
      most = Math.max(most, inFlight);
    }
    return most;
  }
}
