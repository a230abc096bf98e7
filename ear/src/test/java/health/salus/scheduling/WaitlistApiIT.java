package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /waitlist}: joining, the offer of a freed slot to the first fitting patient, leaving, and
 * who may do what. Uses a one-off session of edu.nguyen, whom no other test books, so that other
 * tests' cancellations do not reach these waitlists.
 */
class WaitlistApiIT {

  private static final String TITLE = "An earlier appointment time is free";

  private static long nguyen() {
    return Directory.practitionerId("edu.nguyen");
  }

  private static Response join(Api api, long practitionerId, Instant before) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("practitionerId", practitionerId);
    if (before != null) {
      body.add("before", before.toString());
    }
    return api.post("/waitlist", body.build());
  }

  private static JsonObject joined(Api api, long practitionerId, Instant before) {
    Response answer = join(api, practitionerId, before);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.header("Location")).isPresent();
    return answer.json();
  }

  private static List<JsonObject> entries(Api api, String query) {
    Response answer = api.get("/waitlist" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.jsonArray().getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> waitlistNotices(Api api) {
    Response answer = api.get("/me/notifications");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.items().stream().filter(n -> n.getString("title").equals(TITLE)).toList();
  }

  @Test
  void aCancellationTellsTheFirstWaitingPatientOnceButNotTheOneWhoCancelled() {
    long practitioner = nguyen();
    JsonObject session = Scheduling.sessionSoon(practitioner, Duration.ofDays(3), "IN_PERSON", 15);
    try {
      JsonObject slot = Scheduling.slotOf(practitioner, session);
      Instant start = Instant.parse(slot.getString("start"));
      Patient a = newPatient();
      Patient b = newPatient();
      JsonObject appointment = booked(a.api(), id(slot));

      // A waits too (first in the queue), but never hears of the slot A gives up.
      JsonObject aEntry = joined(a.api(), practitioner, start.plus(1, ChronoUnit.MINUTES));
      JsonObject bEntry = joined(b.api(), practitioner, start.plus(1, ChronoUnit.MINUTES));
      assertThat(bEntry.getString("status")).isEqualTo("WAITING");
      assertThat(bEntry.getJsonNumber("practitionerId").longValue()).isEqualTo(practitioner);
      assertThat(bEntry.getJsonNumber("patientId").longValue()).isEqualTo(b.patientId());
      assertThat(Instant.parse(bEntry.getString("before")))
          .isEqualTo(start.plus(1, ChronoUnit.MINUTES));
      assertThat(join(b.api(), practitioner, null).status()).isEqualTo(409);

      Response cancelled = a.api().post("/appointments/" + id(appointment) + "/cancel");
      assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

      List<JsonObject> bNow = entries(b.api(), "");
      assertThat(bNow).extracting(Scheduling::id).containsExactly(id(bEntry));
      assertThat(bNow.get(0).getString("status")).isEqualTo("NOTIFIED");
      assertThat(bNow.get(0).getJsonNumber("notifiedSlotId").longValue()).isEqualTo(id(slot));
      assertThat(bNow.get(0).getString("notifiedAt")).isNotBlank();
      List<JsonObject> told = waitlistNotices(b.api());
      assertThat(told).hasSize(1);
      assertThat(told.get(0).getString("link")).endsWith("practitioner=" + practitioner);
      assertThat(told.get(0).getString("topic")).isEqualTo("WAITLIST");

      assertThat(entries(a.api(), "").get(0).getString("status")).isEqualTo("WAITING");
      assertThat(waitlistNotices(a.api())).isEmpty();
      assertThat(entries(Api.demo("desk.jones"), "?practitionerId=" + practitioner))
          .extracting(Scheduling::id)
          .contains(id(aEntry))
          .doesNotContain(id(bEntry));

      // Told once, B may wait again: the same entry, waiting anew.
      JsonObject again = joined(b.api(), practitioner, null);
      assertThat(id(again)).isEqualTo(id(bEntry));
      assertThat(again.getString("status")).isEqualTo("WAITING");

      assertThat(a.api().delete("/waitlist/" + id(bEntry)).status()).isEqualTo(404);
      assertThat(b.api().delete("/waitlist/" + id(bEntry)).status()).isEqualTo(204);
      assertThat(entries(b.api(), "")).isEmpty();
      assertThat(a.api().delete("/waitlist/" + id(aEntry)).status()).isEqualTo(204);
    } finally {
      Scheduling.removeSession(practitioner, session);
    }
  }

  @Test
  void withoutBeforeTheNextBookedAppointmentIsTheLimit() {
    long practitioner = nguyen();
    JsonObject session = Scheduling.sessionSoon(practitioner, Duration.ofDays(4), "VIDEO", 20);
    try {
      JsonObject slot = Scheduling.slotOf(practitioner, session);
      Patient patient = newPatient();
      booked(patient.api(), id(slot));

      JsonObject entry = joined(patient.api(), practitioner, null);

      assertThat(entry.getString("before")).isEqualTo(slot.getString("start"));
      assertThat(patient.api().delete("/waitlist/" + id(entry)).status()).isEqualTo(204);
    } finally {
      Scheduling.removeSession(practitioner, session);
    }
  }

  @Test
  void staffPutAPatientOnTheWaitlistAndSeeThePractitionersQueue() {
    long practitioner = nguyen();
    Patient patient = newPatient();
    Api desk = Api.demo("desk.jones");

    Response answer =
        desk.post(
            "/waitlist",
            Json.createObjectBuilder()
                .add("practitionerId", practitioner)
                .add("patientId", patient.patientId())
                .add("mode", "PHONE")
                .build());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.json().getString("mode")).isEqualTo("PHONE");
    assertThat(answer.json().getJsonNumber("patientId").longValue()).isEqualTo(patient.patientId());
    assertThat(entries(desk, "?practitionerId=" + practitioner))
        .extracting(Scheduling::id)
        .contains(id(answer.json()));
    assertThat(desk.get("/waitlist").status()).isEqualTo(400);
    assertThat(desk.delete("/waitlist/" + id(answer.json())).status()).isEqualTo(204);
  }

  @Test
  void badInputIsRefusedClearly() {
    long practitioner = nguyen();
    Api patient = newPatient().api();

    Response none = patient.post("/waitlist", Json.createObjectBuilder().build());
    assertThat(none.status()).as(none.toString()).isEqualTo(400);
    assertThat(none.errorFields()).contains("practitionerId");

    Response badMode =
        patient.post(
            "/waitlist",
            Json.createObjectBuilder()
                .add("practitionerId", practitioner)
                .add("mode", "SWIM")
                .build());
    assertThat(badMode.status()).as(badMode.toString()).isEqualTo(400);
    assertThat(badMode.errorFields()).contains("mode");

    Response badBefore =
        patient.post(
            "/waitlist",
            Json.createObjectBuilder()
                .add("practitionerId", practitioner)
                .add("before", "next tuesday")
                .build());
    assertThat(badBefore.status()).as(badBefore.toString()).isEqualTo(400);
    assertThat(badBefore.errorFields()).contains("before");

    Response past = join(patient, practitioner, Instant.now().minus(1, ChronoUnit.HOURS));
    assertThat(past.status()).as(past.toString()).isEqualTo(400);
    assertThat(past.errorFields()).contains("before");

    assertThat(join(patient, 987654321L, null).status()).isEqualTo(404);
    assertThat(patient.post("/waitlist", "not json", "application/json").status()).isEqualTo(400);
    assertThat(patient.delete("/waitlist/987654321").status()).isEqualTo(404);
    assertThat(Api.demo("alice").get("/waitlist?patientId=" + newPatient().patientId()).status())
        .isEqualTo(403);
    assertThat(Api.anonymous().get("/waitlist").status()).isEqualTo(401);
  }
}
