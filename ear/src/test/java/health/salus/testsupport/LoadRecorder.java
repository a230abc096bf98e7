package health.salus.testsupport;

import health.salus.testsupport.Api.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What a load test saw: every request's outcome and time, how many were in flight at once, and
 * every answer outside what the operation allows (a 5xx, a transport error, an unexpected 4xx).
 */
public final class LoadRecorder {

  private final ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
  private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final LongAdder serverErrors = new LongAdder();
  private final LongAdder transportErrors = new LongAdder();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  /**
   * Sends one request, timing it; an answer whose status is not in {@code allowed} counts as a
   * failure, a transport error too. Returns the answer, or null after a transport error.
   */
  public Response call(String operation, Set<Integer> allowed, Supplier<Response> request) {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    long started = System.nanoTime();
    try {
      Response answer = request.get();
      latenciesNanos.add(System.nanoTime() - started);
      outcomes.computeIfAbsent(operation + " " + answer.status(), k -> new LongAdder()).increment();
      if (answer.status() >= 500) {
        serverErrors.increment();
      }
      if (!allowed.contains(answer.status())) {
        failures.add(answer.toString());
      }
      return answer;
    } catch (RuntimeException transport) {
      latenciesNanos.add(System.nanoTime() - started);
      transportErrors.increment();
      outcomes.computeIfAbsent(operation + " transport error", k -> new LongAdder()).increment();
      failures.add(operation + ": " + transport);
      return null;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  public long requests() {
    return latenciesNanos.size();
  }

  public long serverErrors() {
    return serverErrors.sum();
  }

  public long transportErrors() {
    return transportErrors.sum();
  }

  /** The most requests that were under way at one moment. */
  public int mostInFlight() {
    return mostInFlight.get();
  }

  /** Answers outside what their operation allows, the first {@code limit} of them. */
  public List<String> failures(int limit) {
    return failures.stream().limit(limit).toList();
  }

  public int failureCount() {
    return failures.size();
  }

  /** The latency below which {@code percent} of the requests finished, in milliseconds. */
  public double percentileMillis(double percent) {
    List<Long> sorted = new ArrayList<>(latenciesNanos);
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(percent / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** Counts per operation and status, sorted, such as {@code GET /invoices 200=412}. */
  public Map<String, Long> outcomes() {
    Map<String, Long> sorted = new TreeMap<>();
    outcomes.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }
}
