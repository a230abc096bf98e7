package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.LoadRecorder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The database under a rush: many clients at once, for a fixed time, reading (every read of a
 * patient's data is audited, so reads write too) and writing (bookings and cancellations, profile
 * changes, refill requests and decisions). Not one answer may be a server error. Written for the
 * embedded H2 of the run command, whose older release broke under this (duplicate audit ids); runs
 * on every database of the suite.
 */
class EmbeddedDatabaseLoadIT {

  static final int PATIENTS = 12;
  static final int CLINICIANS = 2;
  static final int FRONT_DESK = 2;
  static final int CLIENTS = PATIENTS + CLINICIANS + FRONT_DESK;
  static final Duration RUN = Duration.ofSeconds(25);

  static final Set<Integer> OK = Set.of(200);
  static final Set<Integer> BOOKING = Set.of(201, 409);
  static final Set<Integer> REFILL = Set.of(201, 409, 422);
  static final Set<Integer> DECISION = Set.of(200, 409, 422);

  record Patient(Api api, long patientId, List<Long> medicationIds) {}

  private final LoadRecorder load = new LoadRecorder();

  @Test
  void manyClientsReadingAndWritingAtOnceGetNoServerError() throws Exception {
    long drChen = Appointments.practitionerId("dr.chen");
    long drPatel = Appointments.practitionerId("dr.patel");
    List<Patient> patients =
        IntStream.range(0, PATIENTS).parallel().mapToObj(i -> newPatient(drChen)).toList();
    List<Long> slots = freeSlots(drPatel);
    assertThat(slots).as("free slots of dr.patel").hasSizeGreaterThan(20);

    List<Runnable> clients = new ArrayList<>();
    for (Patient patient : patients) {
      clients.add(() -> patientWork(patient, slots));
    }
    for (int i = 0; i < CLINICIANS; i++) {
      clients.add(this::clinicianWork);
    }
    for (int i = 0; i < FRONT_DESK; i++) {
      clients.add(() -> frontDeskWork(drPatel));
    }
    // Each client is signed in (its credentials checked) before the start.
    for (Patient patient : patients) {
      assertThat(patient.api().get("/me").status()).isEqualTo(200);
    }
    assertThat(Api.demo("dr.chen").get("/me").status()).isEqualTo(200);
    assertThat(Api.demo("desk.jones").get("/me").status()).isEqualTo(200);

    CyclicBarrier start = new CyclicBarrier(CLIENTS + 1);
    ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
    Instant began;
    Instant ended;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable client : clients) {
        running.add(
            threads.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  Instant until = Instant.now().plus(RUN);
                  while (Instant.now().isBefore(until)) {
                    client.run();
                  }
                  return null;
                }));
      }
      start.await(30, TimeUnit.SECONDS);
      began = Instant.now();
      for (Future<?> client : running) {
        client.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
      }
      ended = Instant.now();
    } finally {
      threads.shutdownNow();
    }

    double seconds = Duration.between(began, ended).toMillis() / 1000.0;
    System.out.printf(
        "Load on the database: %d clients, %.1f s, %d requests, %.1f requests/s, p50 %.0f ms,"
            + " p95 %.0f ms, most in flight %d, server errors %d, transport errors %d%n%s%n",
        CLIENTS,
        seconds,
        load.requests(),
        load.requests() / seconds,
        load.percentileMillis(50),
        load.percentileMillis(95),
        load.mostInFlight(),
        load.serverErrors(),
        load.transportErrors(),
        load.outcomes());

    assertThat(load.mostInFlight()).as("requests under way at once").isGreaterThanOrEqualTo(8);
    // Work really happened: five requests a client at least (a busy 2-core machine serves ~5/s).
    assertThat(load.requests()).as("requests sent").isGreaterThanOrEqualTo(CLIENTS * 5L);
    assertThat(load.serverErrors()).as("server errors: %s", load.failures(10)).isZero();
    assertThat(load.transportErrors()).as("transport errors: %s", load.failures(10)).isZero();
    assertThat(load.failures(10)).as("answers outside the contract").isEmpty();

    // Afterwards the database answers and agrees with what the clients did: every booking was
    // cancelled, so each patient holds none and every slot taken during the run is free again.
    Response health = Api.anonymous().get("/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    for (Patient patient : patients) {
      Response mine = patient.api().get("/appointments");
      assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
      assertThat(mine.items()).filteredOn(a -> a.getString("status").equals("BOOKED")).isEmpty();
    }
    assertThat(freeSlots(drPatel)).containsAll(slots);
  }

  private void patientWork(Patient patient, List<Long> slots) {
    Api api = patient.api();
    switch (ThreadLocalRandom.current().nextInt(8)) {
      case 0 -> load.call("GET /appointments", OK, () -> api.get("/appointments"));
      case 1 -> load.call("GET /me/medications", OK, () -> api.get("/me/medications"));
      case 2 -> load.call("GET /invoices", OK, () -> api.get("/invoices"));
      case 3 -> load.call("GET /me/notifications", OK, () -> api.get("/me/notifications"));
      case 4 -> changeProfile(api);
      case 5 -> askForRefill(patient);
      default -> bookAndCancel(api, slots.get(ThreadLocalRandom.current().nextInt(slots.size())));
    }
  }

  private void changeProfile(Api api) {
    Response profile = load.call("GET /me/profile", OK, () -> api.get("/me/profile"));
    if (profile == null || profile.status() != 200) {
      return;
    }
    JsonObject details = profile.json().getJsonObject("details");
    String phone = "+61 2 9" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    JsonObject changed =
        Json.createObjectBuilder(profile.json())
            .add("details", Json.createObjectBuilder(details).add("phone", phone))
            .build();
    load.call("PUT /me/profile", OK, () -> api.put("/me/profile", changed));
  }

  private void askForRefill(Patient patient) {
    List<Long> medications = patient.medicationIds();
    long medicationId = medications.get(ThreadLocalRandom.current().nextInt(medications.size()));
    JsonObject request =
        Json.createObjectBuilder()
            .add("medicationId", medicationId)
            .add("note", "Running low")
            .add("pharmacy", "Harbour Pharmacy, Balmain")
            .build();
    load.call(
        "POST /refill-requests", REFILL, () -> patient.api().post("/refill-requests", request));
  }

  private void bookAndCancel(Api api, long slotId) {
    JsonObject booking =
        Json.createObjectBuilder().add("slotId", slotId).add("reason", "Check-up").build();
    Response booked =
        load.call("POST /appointments", BOOKING, () -> api.post("/appointments", booking));
    if (booked != null && booked.status() == 201) {
      long id = booked.json().getJsonNumber("id").longValue();
      load.call(
          "POST /appointments/{id}/cancel", OK, () -> api.post("/appointments/" + id + "/cancel"));
    }
  }

  /** dr.chen reads the diary and decides the refill requests waiting. */
  private void clinicianWork() {
    Api api = Api.demo("dr.chen");
    Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
    String diary =
        "/appointments"
            + Api.query(
                Map.of("from", from.toString(), "to", from.plus(14, ChronoUnit.DAYS).toString()));
    if (ThreadLocalRandom.current().nextInt(3) > 0) {
      load.call("GET /appointments (diary)", OK, () -> api.get(diary));
      return;
    }
    Response waiting =
        load.call(
            "GET /refill-requests", OK, () -> api.get("/refill-requests?status=REQUESTED&size=50"));
    if (waiting == null || waiting.status() != 200) {
      return;
    }
    List<JsonObject> requested = waiting.itemsWhileChanging();
    if (!requested.isEmpty()) {
      long id =
          requested
              .get(ThreadLocalRandom.current().nextInt(requested.size()))
              .getJsonNumber("id")
              .longValue();
      load.call(
          "POST /refill-requests/{id}/approve",
          DECISION,
          () -> api.post("/refill-requests/" + id + "/approve"));
    }
  }

  /** The front desk looks through dr.patel's appointments and the invoices. */
  private void frontDeskWork(long drPatel) {
    Api api = Api.demo("desk.jones");
    if (ThreadLocalRandom.current().nextBoolean()) {
      load.call(
          "GET /appointments (desk)",
          OK,
          () -> api.get("/appointments" + Api.query(Map.of("practitionerId", drPatel))));
    } else {
      load.call("GET /invoices (desk)", OK, () -> api.get("/invoices"));
    }
  }

  /** A fresh patient with dr.chen in the care team and two medications from dr.chen. */
  private static Patient newPatient(long drChen) {
    String username = Api.unique("load");
    String password = Api.strongPassword();
    long patientId = Api.registerPatient(username, password).getJsonNumber("patientId").longValue();
    Response joined =
        Api.demo("desk.jones")
            .post(
                "/patients/" + patientId + "/care-team",
                Json.createObjectBuilder()
                    .add("practitionerId", drChen)
                    .add("kind", "GENERAL_PRACTITIONER")
                    .build());
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    List<Long> medications = new ArrayList<>();
    for (String name : List.of("Atorvastatin", "Metformin")) {
      Response prescribed =
          Api.demo("dr.chen")
              .post(
                  "/patients/" + patientId + "/medications",
                  Json.createObjectBuilder()
                      .add("name", name)
                      .add("dose", "10 mg")
                      .add("instructions", "Once daily")
                      .add("refills", 5)
                      .build());
      assertThat(prescribed.status()).as(prescribed.toString()).isEqualTo(201);
      medications.add(prescribed.json().getJsonNumber("id").longValue());
    }
    return new Patient(Api.as(username, password), patientId, medications);
  }

  /** dr.patel's free in-person slots from two days ahead (past any cut-off) for four weeks. */
  private static List<Long> freeSlots(long practitionerId) {
    return Appointments.freeSlots(Api.demo("alice"), practitionerId, "IN_PERSON").stream()
        .map(s -> s.getJsonNumber("id").longValue())
        .toList();
  }
}
