package health.salus.shared.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value per key kept for a while on this server, so that what every request asks (an account's
 * state, who a caller is, an unread count) costs no query while warm. Each entry lives {@code
 * timeToLive} at most, so a change made on another server of a cluster shows here within that time;
 * a change made here is {@link #remove}d by whoever makes it. Holds at most {@code maxEntries}:
 * past that, expired entries go, and if that is not enough, all of them.
 */
public final class TimedCache<K, V> {

  private record Entry<V>(V value, Instant expiresAt) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Duration timeToLive;
  private final int maxEntries;

  public TimedCache(Duration timeToLive, int maxEntries) {
    this.timeToLive = timeToLive;
    this.maxEntries = maxEntries;
  }

  /**
   * The key's value at {@code now}: the cached one while it lives, else {@code load}'s (kept unless
   * null).
   */
  public V get(K key, Instant now, Function<K, V> load) {
    Entry<V> entry = entries.get(key);
    if (entry != null && now.isBefore(entry.expiresAt())) {
      return entry.value();
    }
    V value = load.apply(key);
    if (value == null) {
      return null;
    }
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(key, new Entry<>(value, now.plus(timeToLive)));
    return value;
  }

  /** Forgets the key's value: the next {@link #get} loads it again. */
  public void remove(K key) {
    entries.remove(key);
  }
}
