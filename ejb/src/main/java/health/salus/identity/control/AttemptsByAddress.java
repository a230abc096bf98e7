package health.salus.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts per client address in a sliding window, bounded in memory. Once an address has used its
 * limit it waits only until its oldest attempt leaves the window, then gets one more: a busy
 * address is slowed down, not shut out for the rest of the window. Kept in this server's memory
 * (each server of a cluster counts on its own).
 */
final class AttemptsByAddress {

  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final Duration window;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  AttemptsByAddress(Duration window) {
    this.window = window;
  }

  /** How long this address must wait before its next attempt; empty when it may try now. */
  Optional<Duration> waitBefore(String address, int limit, Instant now) {
    if (address == null) {
      return Optional.empty();
    }
    Deque<Instant> times = attempts.get(address);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      return wait(times, limit, now);
    }
  }

  void record(String address, int limit, Instant now) {
    if (address == null) {
      return;
    }
    Deque<Instant> times = times(address, now);
    synchronized (times) {
      prune(times, now);
      if (times.size() < limit) {
        times.addLast(now);
      }
    }
  }

  /**
   * Records an attempt when the address is within its limit (empty answer), otherwise records
   * nothing and answers how long to wait. Check and count are one step, so that parallel requests
   * cannot all slip under the limit.
   */
  Optional<Duration> tryAttempt(String address, int limit, Instant now) {
    if (address == null) {
      return Optional.empty();
    }
    Deque<Instant> times = times(address, now);
    synchronized (times) {
      prune(times, now);
      Optional<Duration> wait = wait(times, limit, now);
      if (wait.isEmpty()) {
        times.addLast(now);
      }
      return wait;
    }
  }

  private Deque<Instant> times(String address, Instant now) {
    if (attempts.size() >= MAX_TRACKED_ADDRESSES) {
      attempts
          .values()
          .removeIf(
              times -> {
                synchronized (times) {
                  prune(times, now);
                  return times.isEmpty();
                }
              });
    }
    return attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
  }

  private Optional<Duration> wait(Deque<Instant> times, int limit, Instant now) {
    if (times.size() < limit || times.isEmpty()) {
      return Optional.empty();
    }
    Duration left = Duration.between(now, times.peekFirst().plus(window));
    return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant cutOff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutOff)) {
      times.removeFirst();
    }
  }
}
