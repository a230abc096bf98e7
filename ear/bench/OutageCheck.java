import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict of the outage drill (ear/bench/outage-drill.sh), run as a single-file program: {@code
 * java OutageCheck.java OUT_DIR}. Reads OUT_DIR/requests.csv (from OutageLoad), events.txt (name
 * and epoch milliseconds: "kill", "restarted", "stop", "cont"), db-appointments.txt (id, slot and
 * status of the drill's appointments) and db-bookings.txt (slot and appointment of the drill's
 * slot holds), prints the figures and exits 1 when a check fails:
 *
 * <ul>
 *   <li>no 5xx but 503, every 503 with its problem body and Retry-After, every request answered;
 *   <li>503 only during an outage, or at most GRACE ms (env DRILL_GRACE_MS, 6000) after it;
 *   <li>while the database is away, every request answered within LIMIT ms (DRILL_LIMIT_MS, 6000);
 *   <li>after it is back, successes again within RECOVERY ms (DRILL_RECOVERY_MS, 5000), without
 *       restarting anything;
 *   <li>every booking acknowledged with 201 is in the database on its slot; no slot held twice.
 * </ul>
 */
public class OutageCheck {

  record Request(long start, long end, String kind, int status, long slot, long appointment) {
    long latency() {
      return end - start;
    }
  }

  record Window(String name, long from, long to) {}

  static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long grace = Long.parseLong(System.getenv().getOrDefault("DRILL_GRACE_MS", "6000"));
    long limit = Long.parseLong(System.getenv().getOrDefault("DRILL_LIMIT_MS", "6000"));
    long recoveryLimit = Long.parseLong(System.getenv().getOrDefault("DRILL_RECOVERY_MS", "5000"));

    List<Request> requests = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("requests.csv"))) {
      if (line.startsWith("start")) {
        continue;
      }
      String[] f = line.split(",");
      requests.add(
          new Request(
              Long.parseLong(f[0]),
              Long.parseLong(f[1]),
              f[2],
              Integer.parseInt(f[3]),
              Long.parseLong(f[4]),
              Long.parseLong(f[5])));
    }
    Map<String, Long> events = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("events.txt"))) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 2) {
        events.put(f[0], Long.parseLong(f[1]));
      }
    }
    List<Window> windows = new ArrayList<>();
    if (events.containsKey("kill")) {
      windows.add(new Window("kill -9, restart", events.get("kill"), events.get("restarted")));
    }
    if (events.containsKey("stop")) {
      windows.add(new Window("SIGSTOP, SIGCONT", events.get("stop"), events.get("cont")));
    }
    long t0 = requests.get(0).start();

    System.out.printf(
        "Requests: %d (%d bookings answered 201, %d 409, %d 503; %d reads; %d health probes)%n",
        requests.size(),
        count(requests, r -> r.kind().equals("book") && r.status() == 201),
        count(requests, r -> r.kind().equals("book") && r.status() == 409),
        count(requests, r -> r.status() == 503),
        count(requests, r -> r.kind().startsWith("read")),
        count(requests, r -> r.kind().equals("health")));

    for (Request r : requests) {
      boolean inOutage =
          windows.stream().anyMatch(w -> r.end() >= w.from() && r.end() <= w.to() + grace);
      if (r.status() == 0) {
        fail("no answer to %s at +%d ms after %d ms", r.kind(), r.start() - t0, r.latency());
      } else if (r.status() == 5030 || r.status() == 5031) {
        fail("503 without the problem body or Retry-After (%s at +%d ms)", r.kind(), r.start() - t0);
      } else if (r.status() >= 500 && r.status() != 503) {
        fail("%d to %s at +%d ms", r.status(), r.kind(), r.start() - t0);
      } else if (r.status() == 503 && !inOutage) {
        fail("503 outside an outage: %s at +%d ms", r.kind(), r.start() - t0);
      } else if (r.status() != 503
          && (r.status() < 200 || r.status() > 299)
          && !(r.kind().equals("book") && r.status() == 409)) {
        fail("%d to %s at +%d ms", r.status(), r.kind(), r.start() - t0);
      }
    }

    for (Window w : windows) {
      List<Request> during =
          requests.stream().filter(r -> r.start() >= w.from() && r.start() <= w.to()).toList();
      long unavailable = during.stream().filter(r -> r.status() == 503).count();
      long maxLatency = during.stream().mapToLong(Request::latency).max().orElse(0);
      double meanLatency = during.stream().mapToLong(Request::latency).average().orElse(0);
      Request firstSuccess =
          requests.stream()
              .filter(r -> r.start() >= w.to() && !r.kind().equals("health"))
              .filter(r -> r.status() >= 200 && r.status() < 300)
              .findFirst()
              .orElse(null);
      long lastUnavailable =
          requests.stream()
              .filter(r -> r.status() == 503)
              .filter(r -> r.end() >= w.from() && r.end() <= w.to() + grace)
              .mapToLong(Request::end)
              .max()
              .orElse(w.to());
      System.out.printf(
          "%s: away %.1f s from +%.1f s; %d requests meanwhile, %d answered 503, latency mean %.0f"
              + " ms, max %d ms; first success %s after it was back; last 503 %d ms after%n",
          w.name(),
          (w.to() - w.from()) / 1000.0,
          (w.from() - t0) / 1000.0,
          during.size(),
          unavailable,
          meanLatency,
          maxLatency,
          firstSuccess == null ? "never" : (firstSuccess.end() - w.to()) + " ms",
          lastUnavailable - w.to());
      if (unavailable == 0) {
        fail("%s: no request was answered 503, so the outage was not exercised", w.name());
      }
      if (maxLatency > limit) {
        fail("%s: a request took %d ms while the database was away (limit %d)", w.name(), maxLatency, limit);
      }
      if (firstSuccess == null || firstSuccess.end() - w.to() > recoveryLimit) {
        fail("%s: no success within %d ms after the database was back", w.name(), recoveryLimit);
      }
    }

    Map<Long, Long> acknowledged = new HashMap<>();
    for (Request r : requests) {
      if (r.kind().equals("book") && r.status() == 201) {
        acknowledged.put(r.appointment(), r.slot());
      }
    }
    Map<Long, String[]> appointments = new HashMap<>();
    Map<Long, Integer> bookedPerSlot = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("db-appointments.txt"))) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 3) {
        appointments.put(Long.parseLong(f[0]), f);
        if (f[2].equals("BOOKED")) {
          bookedPerSlot.merge(Long.parseLong(f[1]), 1, Integer::sum);
        }
      }
    }
    Map<Long, Long> holds = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("db-bookings.txt"))) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 2) {
        holds.put(Long.parseLong(f[0]), Long.parseLong(f[1]));
      }
    }
    int present = 0;
    for (Map.Entry<Long, Long> ack : acknowledged.entrySet()) {
      String[] row = appointments.get(ack.getKey());
      boolean ok =
          row != null
              && Long.parseLong(row[1]) == ack.getValue()
              && row[2].equals("BOOKED")
              && ack.getKey().equals(holds.get(ack.getValue()));
      if (ok) {
        present++;
      } else {
        fail("acknowledged booking %d of slot %d is not in the database", ack.getKey(), ack.getValue());
      }
    }
    long doubled = bookedPerSlot.values().stream().filter(n -> n > 1).count();
    Set<Long> unacknowledged = new HashSet<>(appointments.keySet());
    unacknowledged.removeAll(acknowledged.keySet());
    System.out.printf(
        "Bookings: %d acknowledged, %d of them in the database; %d slots booked twice; %d saved"
            + " without an acknowledgement (the answer was lost in the outage)%n",
        acknowledged.size(), present, doubled, unacknowledged.size());
    if (doubled > 0) {
      fail("%d slots are booked twice", doubled);
    }
    if (acknowledged.isEmpty()) {
      fail("no booking was acknowledged: the load did not run");
    }

    if (failures.isEmpty()) {
      System.out.println("PASSED");
    } else {
      failures.stream().limit(30).forEach(f -> System.out.println("FAILED: " + f));
      if (failures.size() > 30) {
        System.out.println("... and " + (failures.size() - 30) + " more failures");
      }
      System.exit(1);
    }
  }

  static long count(List<Request> requests, java.util.function.Predicate<Request> p) {
    return requests.stream().filter(p).count();
  }

  static void fail(String format, Object... args) {
    failures.add(String.format(format, args));
  }
}
