package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.id;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A burst of bookings for one slot: the database lets exactly one through. The patients are signed
 * in first (so no booking pays the password hash), then all book from one barrier on threads of
 * their own, and the race only counts when all 24 requests were in flight at once.
 */
class ConcurrentBookingIT {

  static final int PATIENTS = 24;

  @Test
  void ofManyPatientsBookingOneSlotAtOnceExactlyOneGetsIt() {
    List<Patient> patients =
        IntStream.range(0, PATIENTS).parallel().mapToObj(i -> Scheduling.newPatient()).toList();
    JsonObject slot = Scheduling.someFreeSlot("dr.patel", "IN_PERSON");

    List<Response> results =
        Race.run(
            PATIENTS,
            i -> assertThat(patients.get(i).api().get("/me").status()).isEqualTo(200),
            i -> Scheduling.book(patients.get(i).api(), id(slot), "Palpitations"));

    assertThat(results).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(results)
        .filteredOn(r -> r.status() != 201)
        .hasSize(PATIENTS - 1)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.toString()).isEqualTo(409);
              assertThat(r.json().getString("detail")).contains("just taken");
            });

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
    assertThat(booked.items()).filteredOn(a -> a.getString("status").equals("BOOKED")).hasSize(1);
  }
}
