package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.id;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A burst of bookings for one slot: the database lets exactly one through. */
class ConcurrentBookingIT {

  static final int PATIENTS = 24;

  @Test
  void ofManyPatientsBookingOneSlotAtOnceExactlyOneGetsIt() throws Exception {
    List<Patient> patients =
        IntStream.range(0, PATIENTS).parallel().mapToObj(i -> Scheduling.newPatient()).toList();
    JsonObject slot = Scheduling.someFreeSlot("dr.patel", "IN_PERSON");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PATIENTS);
    List<Future<Response>> answers = new ArrayList<>();
    try {
      for (Patient patient : patients) {
        Callable<Response> attempt =
            () -> {
              start.await();
              return Scheduling.book(patient.api(), id(slot), "Palpitations");
            };
        answers.add(pool.submit(attempt));
      }
      start.countDown();
      List<Response> results = new ArrayList<>();
      for (Future<Response> answer : answers) {
        results.add(answer.get());
      }

      assertThat(results).filteredOn(r -> r.status() == 201).hasSize(1);
      assertThat(results)
          .filteredOn(r -> r.status() != 201)
          .hasSize(PATIENTS - 1)
          .allSatisfy(
              r -> {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.json().getString("detail")).contains("just taken");
              });
    } finally {
      pool.shutdownNow();
    }

    Instant at = Instant.parse(slot.getString("start"));
    Response booked =
        Api.demo("desk.jones")
            .get(
                "/appointments"
                    + Api.query(
                        Map.of(
                            "practitionerId", slot.getJsonNumber("practitionerId").longValue(),
                            "from", at.toString(),
                            "to", at.plusSeconds(1).toString())));
    assertThat(booked.jsonArray().getValuesAs(JsonObject.class))
        .filteredOn(a -> a.getString("status").equals("BOOKED"))
        .hasSize(1);
  }
}
