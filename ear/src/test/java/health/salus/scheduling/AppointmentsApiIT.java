package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.book;
import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static health.salus.scheduling.Scheduling.practitionerId;
import static health.salus.scheduling.Scheduling.someFreeSlot;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /appointments}: booking, listing, cancelling and moving, and who may do what. */
class AppointmentsApiIT {

  private static List<JsonObject> list(Api api, String query) {
    Response answer = api.get("/appointments" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.header("X-Total-Count")).isPresent();
    return answer.items();
  }

  private static boolean isFree(JsonObject slot) {
    Instant start = Instant.parse(slot.getString("start"));
    Response answer =
        Api.demo("bob")
            .get(
                "/slots"
                    + Api.query(
                        java.util.Map.of(
                            "practitionerId", slot.getJsonNumber("practitionerId").longValue(),
                            "from", start.minusSeconds(1).toString(),
                            "to", start.plusSeconds(1).toString())));
    return answer.items().stream().anyMatch(s -> id(s) == id(slot));
  }

  @Test
  void aPatientBooksSeesItAndCancelsItAndTheSlotIsFreeAgain() {
    Patient patient = newPatient();
    JsonObject slot = someFreeSlot("dr.okafor", "IN_PERSON");

    JsonObject appointment = booked(patient.api(), id(slot));

    assertThat(appointment.getString("status")).isEqualTo("BOOKED");
    assertThat(appointment.getJsonNumber("slotId").longValue()).isEqualTo(id(slot));
    assertThat(appointment.getJsonNumber("patientId").longValue()).isEqualTo(patient.patientId());
    assertThat(appointment.getJsonNumber("practitionerId").longValue())
        .isEqualTo(practitionerId("dr.okafor"));
    assertThat(appointment.getString("start")).isEqualTo(slot.getString("start"));
    assertThat(appointment.getString("end")).isEqualTo(slot.getString("end"));
    assertThat(appointment.getString("mode")).isEqualTo("IN_PERSON");
    assertThat(isFree(slot)).isFalse();

    List<JsonObject> mine = list(patient.api(), "");
    assertThat(mine).extracting(Scheduling::id).containsExactly(id(appointment));
    assertThat(mine.get(0).getString("status")).isEqualTo("BOOKED");

    Response cancelled = patient.api().post("/appointments/" + id(appointment) + "/cancel");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(isFree(slot)).isTrue();
    assertThat(list(patient.api(), "").get(0).getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void aTakenSlotIsAConflictWithTheNextFreeSlots() {
    JsonObject slot = someFreeSlot("physio.kim", "PHONE");
    booked(newPatient().api(), id(slot));

    Response second = book(newPatient().api(), id(slot), "Knee pain");

    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(second.json().getString("detail")).contains("just taken");
    assertThat(second.json().getString("code")).isEqualTo("slot.taken");
    List<JsonObject> next =
        second.json().getJsonArray("nextFreeSlots").getValuesAs(JsonObject.class);
    assertThat(next).isNotEmpty().noneMatch(s -> id(s) == id(slot));
    assertThat(next)
        .allSatisfy(
            s ->
                assertThat(s.getJsonNumber("practitionerId").longValue())
                    .isEqualTo(practitionerId("physio.kim")));
  }

  @Test
  void rescheduleKeepsTheAppointmentMovesItAndFreesTheOldSlot() {
    Patient patient = newPatient();
    JsonObject first = someFreeSlot("dr.patel", "VIDEO");
    JsonObject appointment = booked(patient.api(), id(first));
    JsonObject second;
    do {
      second = someFreeSlot("dr.patel", "IN_PERSON");
    } while (id(second) == id(first));

    Response moved =
        patient
            .api()
            .post(
                "/appointments/" + id(appointment) + "/reschedule",
                Json.createObjectBuilder().add("slotId", id(second)).build());

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(id(moved.json())).isEqualTo(id(appointment));
    assertThat(moved.json().getJsonNumber("slotId").longValue()).isEqualTo(id(second));
    assertThat(moved.json().getString("start")).isEqualTo(second.getString("start"));
    assertThat(moved.json().getString("mode")).isEqualTo("IN_PERSON");
    assertThat(moved.json().getString("status")).isEqualTo("BOOKED");
    assertThat(isFree(first)).isTrue();
    assertThat(isFree(second)).isFalse();

    JsonObject taken = someFreeSlot("dr.patel", "PHONE");
    booked(newPatient().api(), id(taken));
    Response onTaken =
        patient
            .api()
            .post(
                "/appointments/" + id(appointment) + "/reschedule",
                Json.createObjectBuilder().add("slotId", id(taken)).build());
    assertThat(onTaken.status()).as(onTaken.toString()).isEqualTo(409);
    assertThat(isFree(second)).as("still on its slot").isFalse();
  }

  @Test
  void anAppointmentIsNotMovedIntoAnotherPractitionersSlot() {
    Patient patient = newPatient();
    JsonObject own = someFreeSlot("dr.okafor", "IN_PERSON");
    JsonObject appointment = booked(patient.api(), id(own));
    JsonObject others = someFreeSlot("dr.patel", "IN_PERSON");
    String path = "/appointments/" + id(appointment);

    for (Api who : List.of(patient.api(), Api.demo("desk.jones"))) {
      Response moved =
          who.post(
              path + "/reschedule", Json.createObjectBuilder().add("slotId", id(others)).build());

      assertThat(moved.status()).as(moved.toString()).isEqualTo(422);
      assertThat(moved.mediaType()).isEqualTo(Api.PROBLEM_JSON);
      assertThat(moved.json().getString("detail")).contains("same practitioner");
    }
    JsonObject after = patient.api().get(path).json();
    assertThat(after.getJsonNumber("slotId").longValue()).isEqualTo(id(own));
    assertThat(after.getJsonNumber("practitionerId").longValue())
        .isEqualTo(practitionerId("dr.okafor"));
    assertThat(after.getString("status")).isEqualTo("BOOKED");
    assertThat(isFree(own)).as("still held by the appointment").isFalse();
    assertThat(isFree(others)).as("the other practitioner's slot stays free").isTrue();
  }

  @Test
  void anotherPatientsAppointmentIsNeitherVisibleNorChangeable() {
    Patient owner = newPatient();
    Patient other = newPatient();
    JsonObject appointment = booked(owner.api(), id(someFreeSlot("dr.okafor", "PHONE")));
    String path = "/appointments/" + id(appointment);

    assertThat(other.api().get(path).status()).isEqualTo(404);
    assertThat(other.api().post(path + "/cancel").status()).isEqualTo(404);
    assertThat(
            other
                .api()
                .post(
                    path + "/reschedule",
                    Json.createObjectBuilder()
                        .add("slotId", id(someFreeSlot("dr.okafor", "PHONE")))
                        .build())
                .status())
        .isEqualTo(404);
    assertThat(other.api().get(path + "/video").status()).isEqualTo(404);
    assertThat(list(other.api(), "")).isEmpty();
    Response othersList = other.api().get("/appointments?patientId=" + owner.patientId());
    assertThat(othersList.status()).as("refused, not an empty list").isEqualTo(403);
    assertThat(othersList.body()).doesNotContain("\"items\"");

    Response forOwner =
        other
            .api()
            .post(
                "/appointments",
                Json.createObjectBuilder()
                    .add("slotId", id(someFreeSlot("dr.okafor", "PHONE")))
                    .add("reason", "Sneaky")
                    .add("patientId", owner.patientId())
                    .build());
    assertThat(forOwner.status()).as(forOwner.toString()).isEqualTo(403);
    assertThat(owner.api().get(path).json().getString("status")).isEqualTo("BOOKED");
    assertThat(Api.demo("dr.patel").get(path).status())
        .as("not the practitioner of this appointment")
        .isEqualTo(404);
  }

  @Test
  void staffBookListAndCancelOnBehalfOfAPatient() {
    Patient patient = newPatient();
    Api desk = Api.demo("desk.jones");
    JsonObject slot = someFreeSlot("nurse.brown", "IN_PERSON");

    Response created =
        desk.post(
            "/appointments",
            Json.createObjectBuilder()
                .add("slotId", id(slot))
                .add("reason", "Insulin start")
                .add("patientId", patient.patientId())
                .build());

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonNumber("patientId").longValue())
        .isEqualTo(patient.patientId());
    assertThat(created.json().getString("bookedBy")).isEqualTo("desk.jones");
    assertThat(list(patient.api(), "")).extracting(Scheduling::id).contains(id(created.json()));
    assertThat(list(desk, "?patientId=" + patient.patientId()))
        .extracting(Scheduling::id)
        .containsExactly(id(created.json()));

    Response withoutPatient =
        desk.post(
            "/appointments",
            Json.createObjectBuilder().add("slotId", id(slot)).add("reason", "x").build());
    assertThat(withoutPatient.status()).isEqualTo(400);
    assertThat(withoutPatient.errorFields()).containsExactly("patientId");

    Response cancelled = desk.post("/appointments/" + id(created.json()) + "/cancel");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void theClinicianSeesTheirDiaryAndCompletesAConsultation() {
    Patient patient = newPatient();
    JsonObject appointment = booked(patient.api(), id(someFreeSlot("dr.okafor", "VIDEO")));
    String path = "/appointments/" + id(appointment);
    Api okafor = Api.demo("dr.okafor");

    List<JsonObject> diary = list(okafor, "?patientId=" + patient.patientId());
    assertThat(diary).extracting(Scheduling::id).containsExactly(id(appointment));
    assertThat(list(Api.demo("dr.chen"), "?patientId=" + patient.patientId())).isEmpty();
    assertThat(list(okafor, "?size=500")).isNotEmpty();

    Response video = patient.api().get(path + "/video");
    assertThat(video.status()).as(video.toString()).isEqualTo(200);
    assertThat(video.json().getBoolean("open")).isFalse();
    assertThat(video.json().containsKey("videoUrl")).isFalse();
    assertThat(Instant.parse(video.json().getString("opensAt")))
        .isEqualTo(Instant.parse(appointment.getString("start")).minus(Duration.ofMinutes(10)));

    assertThat(Api.demo("dr.chen").post(path + "/complete", outcome()).status()).isEqualTo(404);
    assertThat(patient.api().post(path + "/complete", outcome()).status()).isEqualTo(403);
    Response noOutcome =
        okafor.post(path + "/complete", Json.createObjectBuilder().add("notes", "x").build());
    assertThat(noOutcome.status()).isEqualTo(400);
    assertThat(noOutcome.errorFields()).containsExactly("outcome");

    Response daysEarly = okafor.post(path + "/complete", outcome());
    assertThat(daysEarly.status()).as(daysEarly.toString()).isEqualTo(422);
    assertThat(daysEarly.json().getString("detail")).contains("once it has opened");
    assertThat(okafor.post(path + "/no-show").status()).isEqualTo(422);
    assertThat(patient.api().get(path).json().getString("status")).isEqualTo("BOOKED");
    assertThat(invoicesOf(patient)).as("no invoice for a visit that did not happen").isZero();

    long okaforId = practitionerId("dr.okafor");
    JsonObject session = Scheduling.sessionStartingSoon(okaforId, "VIDEO", 10);
    try {
      String soon =
          "/appointments"
              + "/"
              + id(booked(patient.api(), id(Scheduling.slotOf(okaforId, session))));
      Response done = okafor.post(soon + "/complete", outcome());
      assertThat(done.status()).as(done.toString()).isEqualTo(200);
      assertThat(done.json().getString("status")).isEqualTo("COMPLETED");
      assertThat(done.json().getString("statusChangedBy")).isEqualTo("dr.okafor");
      Response again = okafor.post(soon + "/arrive");
      assertThat(again.status()).isEqualTo(422);
      assertThat(patient.api().post(soon + "/cancel").status()).isEqualTo(422);
      assertThat(invoicesOf(patient)).as("the completed consultation is billed").isEqualTo(1);
    } finally {
      Scheduling.removeSession(okaforId, session);
    }
  }

  private static long invoicesOf(Patient patient) {
    Response invoices = Api.demo("desk.jones").get("/invoices?patientId=" + patient.patientId());
    assertThat(invoices.status()).as(invoices.toString()).isEqualTo(200);
    return invoices.json().getJsonNumber("total").longValue();
  }

  private static JsonObject outcome() {
    return Json.createObjectBuilder()
        .add("notes", "HbA1c improving; continue metformin.")
        .add("outcome", "Review in three months")
        .build();
  }

  @Test
  void cancellingAfterTheCutoffIsRefusedForThePatientButNotForStaff() {
    long okafor = practitionerId("dr.okafor");
    JsonObject session = Scheduling.sessionSoon(okafor, Duration.ofHours(3), "PHONE", 7);
    try {
      Patient patient = newPatient();
      JsonObject appointment = booked(patient.api(), id(Scheduling.slotOf(okafor, session)));
      String path = "/appointments/" + id(appointment);

      Response late = patient.api().post(path + "/cancel");
      assertThat(late.status()).as(late.toString()).isEqualTo(422);
      assertThat(late.mediaType()).isEqualTo(Api.PROBLEM_JSON);
      assertThat(late.json().getString("detail")).contains("24 hours before the start");
      Response lateMove =
          patient
              .api()
              .post(
                  path + "/reschedule",
                  Json.createObjectBuilder()
                      .add("slotId", id(someFreeSlot("dr.okafor", "PHONE")))
                      .build());
      assertThat(lateMove.status()).isEqualTo(422);
      assertThat(patient.api().get(path).json().getString("status")).isEqualTo("BOOKED");

      Response byStaff = Api.demo("desk.jones").post(path + "/cancel");
      assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(200);
      assertThat(byStaff.json().getString("status")).isEqualTo("CANCELLED");
    } finally {
      Scheduling.removeSession(okafor, session);
    }
  }

  @Test
  void badInputIsA400ThatNamesTheField() {
    Api alice = Api.demo("alice");

    Response noReason =
        alice.post("/appointments", Json.createObjectBuilder().add("slotId", 1).build());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFields()).containsExactly("reason");
    Response noSlot =
        alice.post("/appointments", Json.createObjectBuilder().add("reason", "x").build());
    assertThat(noSlot.status()).isEqualTo(400);
    assertThat(noSlot.errorFields()).containsExactly("slotId");
    assertThat(alice.post("/appointments", "{\"slotId\":\"abc\"", "application/json").status())
        .isEqualTo(400);
    assertThat(book(alice, 987654321L, "x").status()).isEqualTo(404);

    assertThat(alice.get("/slots?from=yesterday").status()).isEqualTo(400);
    assertThat(alice.get("/slots?practitionerId=abc").status()).isEqualTo(400);
    assertThat(alice.get("/slots?mode=TELEPATHY").status()).isEqualTo(400);
    assertThat(alice.get("/slots?size=ten").status()).isEqualTo(400);
    Response tooLong = alice.get("/slots?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.errorFields()).containsExactly("to");
    assertThat(alice.get("/appointments?from=soon").status()).isEqualTo(400);
    for (String paging :
        List.of(
            "page=10737419&size=200",
            "page=2147483647&size=50",
            "page=99999999999999999999",
            "page=-1",
            "size=0",
            "size=-3")) {
      for (String list : List.of("/appointments?", "/slots?")) {
        Response refused = alice.get(list + paging);
        assertThat(refused.status()).as(list + paging + " " + refused).isEqualTo(400);
        assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
        assertThat(refused.errorFields()).containsAnyOf("page", "size");
      }
    }
    assertThat(alice.get("/appointments?page=10737418&size=200").status()).isEqualTo(200);
    assertThat(alice.get("/appointments/999999999").status()).isEqualTo(404);
  }

  @Test
  void freeSlotsArePagedWithATotalAndOnlyInTheFuture() {
    Response page = Api.demo("alice").get("/slots?size=5");

    assertThat(page.status()).isEqualTo(200);
    List<JsonObject> slots = page.items();
    assertThat(slots).hasSize(5);
    assertThat(page.total()).isGreaterThan(5);
    assertThat(page.header("X-Total-Count")).contains(Long.toString(page.total()));
    assertThat(slots)
        .allSatisfy(
            s -> {
              assertThat(Instant.parse(s.getString("start")))
                  .isAfter(Instant.now().minusSeconds(5));
              assertThat(s.getString("mode")).isIn("IN_PERSON", "VIDEO", "PHONE");
              assertThat(s.getJsonNumber("practitionerId")).isNotNull();
              assertThat(s.getString("end")).isNotBlank();
            });
    assertThat(Api.anonymous().get("/slots").status()).isEqualTo(401);
  }

  @Test
  void aPageOfSlotsIsItsSliceOfTheWholeListAndTheTotalItsCount() {
    Api alice = Api.demo("alice");
    Instant from = Instant.now().plus(1, ChronoUnit.DAYS);
    String window =
        "/slots?practitionerId="
            + practitionerId("dr.chen")
            + "&from="
            + from
            + "&to="
            + from.plus(4, ChronoUnit.DAYS);
    Response whole = alice.get(window + "&size=200");
    List<JsonObject> all = whole.items();
    assertThat(all).hasSizeGreaterThan(3).hasSizeLessThan(200);
    assertThat(whole.total()).isEqualTo(all.size());

    int last = (all.size() - 1) / 3;
    Response lastPage = alice.get(window + "&size=3&page=" + last);
    assertThat(lastPage.total()).isEqualTo(all.size());
    assertThat(lastPage.json().getInt("page")).isEqualTo(last);
    assertThat(lastPage.json().getInt("size")).isEqualTo(3);
    assertThat(lastPage.items()).isEqualTo(all.subList(last * 3, all.size()));
    assertThat(alice.get(window + "&size=3&page=" + (last + 1)).items()).isEmpty();
  }
}
