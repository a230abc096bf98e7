import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the outage drill (ear/bench/outage-drill.sh), run as a single-file program: {@code
 * java OutageLoad.java BASE SECONDS CLIENTS SLOT_FILE PATIENT_FILE OUT_DIR}. Each client signs in
 * as its own patients (HTTP Basic) and, until OUT_DIR/finish appears (or at most SECONDS), reads
 * free slots, books a random one
 * of the drill's slots and reads its appointments, with a short pause between requests; one more
 * client asks GET /health every 200 ms. Every request is written to OUT_DIR/requests.csv (start
 * and end in epoch milliseconds, kind, status, and for a booking the slot and the appointment id of
 * a 201); a request that gets no answer (refused, reset, timed out after 30 s) has status 0.
 */
public class OutageLoad {

  record Result(long start, long end, String kind, int status, long slot, long appointment) {}

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    long seconds = Long.parseLong(args[1]);
    int clients = Integer.parseInt(args[2]);
    List<Long> slots =
        Files.readAllLines(Path.of(args[3])).stream()
            .filter(l -> !l.isBlank())
            .map(String::trim)
            .map(Long::valueOf)
            .toList();
    List<String> patients =
        Files.readAllLines(Path.of(args[4])).stream().filter(l -> !l.isBlank()).toList();
    Path out = Path.of(args[5]);
    String password = System.getenv().getOrDefault("DRILL_PASSWORD", "Salus-demo-1");
    String practitioner = System.getenv().getOrDefault("DRILL_PRACTITIONER", "");
    Instant from = Instant.now().plus(450, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    Instant to = from.plus(30, ChronoUnit.DAYS);

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<Result> results = Collections.synchronizedList(new ArrayList<>());
    long until = System.currentTimeMillis() + seconds * 1000;
    List<Thread> threads = new ArrayList<>();

    for (int c = 0; c < clients; c++) {
      int client = c;
      threads.add(
          start(
                  () -> {
                    // Each client has patients of its own, taken in turn: no patient nears a cap.
                    int turn = 0;
                    while (!finished(out) && System.currentTimeMillis() < until) {
                      String patient =
                          patients.get((client + clients * (turn++ / 5)) % patients.size());
                      String auth =
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      (patient + ":" + password).getBytes(StandardCharsets.UTF_8));
                      String query =
                          "slots?from=" + from + "&to=" + to + "&size=20"
                              + (practitioner.isEmpty() ? "" : "&practitionerId=" + practitioner);
                      results.add(call(http, get(base + query, auth), "read-slots", -1));
                      pause();
                      long slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
                      HttpRequest book =
                          HttpRequest.newBuilder(URI.create(base + "appointments"))
                              .timeout(Duration.ofSeconds(30))
                              .header("Authorization", auth)
                              .header("Content-Type", "application/json")
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "{\"slotId\":" + slot + ",\"reason\":\"Outage drill\"}"))
                              .build();
                      results.add(call(http, book, "book", slot));
                      pause();
                      results.add(call(http, get(base + "appointments", auth), "read-mine", -1));
                      pause();
                    }
                  }));
    }
    threads.add(
        start(
                () -> {
                  while (!finished(out) && System.currentTimeMillis() < until) {
                    results.add(call(http, get(base + "health", null), "health", -1));
                    sleep(200);
                  }
                }));
    // The drill times the outages from now on.
    Files.writeString(out.resolve("started"), Long.toString(System.currentTimeMillis()));
    for (Thread t : threads) {
      t.join();
    }
    List<Result> sorted = new ArrayList<>(results);
    sorted.sort((a, b) -> Long.compare(a.start(), b.start()));
    List<String> lines = new ArrayList<>();
    lines.add("start,end,kind,status,slot,appointment");
    for (Result r : sorted) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%d,%d,%s,%d,%d,%d",
              r.start(),
              r.end(),
              r.kind(),
              r.status(),
              r.slot(),
              r.appointment()));
    }
    Files.write(out.resolve("requests.csv"), lines);
  }

  static boolean finished(Path out) {
    return Files.exists(out.resolve("finish"));
  }

  static Thread start(Runnable body) {
    Thread thread = new Thread(body);
    thread.start();
    return thread;
  }

  static HttpRequest get(String url, String auth) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return b.GET().build();
  }

  static Result call(HttpClient http, HttpRequest request, String kind, long slot) {
    long start = System.currentTimeMillis();
    int status;
    long appointment = -1;
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      if (status == 503 && !response.body().contains("\"status\"")) {
        status = 5030; // a 503 without the problem (or health) body: counted as a failure
      }
      if (status == 503
          && kind.equals("health") == false
          && response.headers().firstValue("Retry-After").isEmpty()) {
        status = 5031; // a 503 of the API without Retry-After
      }
      if (status == 201) {
        Matcher m = ID.matcher(response.body());
        if (m.find()) {
          appointment = Long.parseLong(m.group(1));
        }
      }
    } catch (IOException e) {
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 0;
    }
    return new Result(start, System.currentTimeMillis(), kind, status, slot, appointment);
  }

  static void pause() {
    sleep(100 + ThreadLocalRandom.current().nextInt(100));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
