package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.book;
import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.freeSlots;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static health.salus.scheduling.Scheduling.practitionerId;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient holds at most 20 live future appointments (the default cap, the least the API allows),
 * however they are booked, and parallel bookings at the cap do not slip past it.
 */
class BookingCapApiIT {

  static final int CAP = 20;
  static final int RACERS = 4;

  /** Free slots of several practitioners, shuffled, so that parallel tests rarely meet. */
  private static List<Long> freeSlotIds(int wanted) {
    List<Long> ids = new ArrayList<>();
    for (String practitioner : List.of("dr.okafor", "dr.patel", "nurse.brown")) {
      long practitionerId = practitionerId(practitioner);
      for (String mode : List.of("IN_PERSON", "PHONE", "VIDEO")) {
        freeSlots(practitionerId, mode).forEach(s -> ids.add(id(s)));
      }
    }
    Collections.shuffle(ids);
    assertThat(ids).as("free slots to book").hasSizeGreaterThanOrEqualTo(wanted);
    return ids.subList(0, wanted);
  }

  /** Books the slots for the patient; answers the appointment ids. */
  private static List<Long> bookAll(Patient patient, List<Long> slotIds) {
    return slotIds.stream().map(slot -> id(booked(patient.api(), slot))).toList();
  }

  @Test
  void thePatientCannotBookPastTheCapNorStaffForThemUntilOneIsCancelled() {
    Patient patient = newPatient();
    List<Long> slots = freeSlotIds(CAP + 3);
    List<Long> appointments = bookAll(patient, slots.subList(0, CAP));

    Response mine = book(patient.api(), slots.get(CAP), "One more");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(422);
    assertThat(mine.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(mine.json().getString("detail")).contains("20 upcoming appointments");
    Response byStaff =
        Api.demo("desk.jones")
            .post(
                "/appointments",
                Json.createObjectBuilder()
                    .add("slotId", slots.get(CAP + 1))
                    .add("reason", "Booked at the desk")
                    .add("patientId", patient.patientId())
                    .build());
    assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(422);
    Response listed = Api.demo("desk.jones").get("/appointments?patientId=" + patient.patientId());
    assertThat(listed.total()).isEqualTo(CAP);
    assertThat(listed.items()).hasSize(CAP);
    assertThat(listed.header("X-Total-Count")).contains(Integer.toString(CAP));
    Response lastPage =
        Api.demo("desk.jones")
            .get("/appointments?patientId=" + patient.patientId() + "&size=2&page=" + (CAP / 2));
    assertThat(lastPage.total()).isEqualTo(CAP);
    assertThat(lastPage.items()).hasSize(CAP % 2);

    Response cancelled = patient.api().post("/appointments/" + appointments.get(0) + "/cancel");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    Response afterCancel = book(patient.api(), slots.get(CAP + 2), "Now there is room");
    assertThat(afterCancel.status()).as(afterCancel.toString()).isEqualTo(201);
  }

  @Test
  void ofParallelBookingsOneBelowTheCapExactlyOneGetsThrough() {
    Patient patient = newPatient();
    List<Long> slots = freeSlotIds(CAP - 1 + RACERS);
    bookAll(patient, slots.subList(0, CAP - 1));
    List<Api> racers = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      racers.add(Api.as(patient.username(), patient.password()));
    }

    List<Response> answers =
        Race.run(
            RACERS,
            i -> assertThat(racers.get(i).get("/me").status()).as("signed in").isEqualTo(200),
            i -> book(racers.get(i), slots.get(CAP - 1 + i), "Racing for the last place"));

    assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(answers)
        .filteredOn(r -> r.status() != 201)
        .hasSize(RACERS - 1)
        .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(422));
    Response listed = Api.demo("desk.jones").get("/appointments?patientId=" + patient.patientId());
    assertThat(listed.total()).isEqualTo(CAP);
    assertThat(listed.items()).hasSize(CAP);
  }
}
