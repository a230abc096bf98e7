package health.salus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Helpers for the scheduling tests: practitioners, free slots, bookings, sessions. */
final class Scheduling {

  static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private Scheduling() {}

  /** A fresh patient: {@code [username, password, patientId]} as an Api and the id. */
  record Patient(String username, String password, long patientId, Api api) {}

  static Patient newPatient() {
    String username = Api.unique("sched");
    String password = Api.strongPassword();
    JsonObject created = Api.registerPatient(username, password);
    return new Patient(
        username,
        password,
        created.getJsonNumber("patientId").longValue(),
        Api.as(username, password));
  }

  static long practitionerId(String username) {
    return Appointments.practitionerId(username);
  }

  /** Free slots of a practitioner and mode, from two days ahead (past any cut-off) for 4 weeks. */
  static List<JsonObject> freeSlots(long practitionerId, String mode) {
    return Appointments.freeSlots(Api.demo("alice"), practitionerId, mode);
  }

  /** A random free slot, so tests running against one server rarely pick the same. */
  static JsonObject someFreeSlot(String practitioner, String mode) {
    List<JsonObject> free = freeSlots(practitionerId(practitioner), mode);
    assertThat(free).as("free %s slots of %s", mode, practitioner).isNotEmpty();
    return free.get(ThreadLocalRandom.current().nextInt(free.size()));
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static Response book(Api api, long slotId, String reason) {
    return api.post(
        "/appointments",
        Json.createObjectBuilder().add("slotId", slotId).add("reason", reason).build());
  }

  static JsonObject booked(Api api, long slotId) {
    Response answer = book(api, slotId, "Review of blood pressure");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json();
  }

  /**
   * A one-off session of one slot that starts about {@code ahead} from now, created by the front
   * desk; returns the template (delete it afterwards).
   */
  static JsonObject sessionSoon(long practitionerId, Duration ahead, String mode, int minutes) {
    // A random minute within the next 40, so that runs against one server rarely meet an
    // earlier run's (booked) slot at the same start.
    Duration jitter = Duration.ofMinutes(ThreadLocalRandom.current().nextInt(40));
    ZonedDateTime start =
        ZonedDateTime.ofInstant(Instant.now().plus(ahead).plus(jitter), SYDNEY)
            .truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime local = start.toLocalDateTime();
    if (local.toLocalTime().plusMinutes(minutes).isBefore(local.toLocalTime())) {
      local = local.toLocalDate().plusDays(1).atTime(0, 5);
    }
    return session(practitionerId, local, mode, minutes);
  }

  /**
   * A one-off session of one slot later today in Sydney (the diary's "today"), a few minutes to
   * about an hour from now. In the last minutes before midnight, when no such slot fits today any
   * more, it waits for the new day first.
   */
  static JsonObject sessionLaterToday(long practitionerId, String mode, int minutes) {
    ZonedDateTime now = ZonedDateTime.now(SYDNEY);
    ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(SYDNEY);
    long room = Duration.between(now, midnight).toMinutes() - minutes - 5;
    if (room < 1) {
      Appointments.sleep(Duration.between(now, midnight).plusSeconds(30));
      return sessionLaterToday(practitionerId, mode, minutes);
    }
    long offset = 3 + ThreadLocalRandom.current().nextLong(Math.min(room, 60));
    LocalDateTime local = now.plusMinutes(offset).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime();
    return session(practitionerId, local, mode, minutes);
  }

  /**
   * A one-off session of one slot starting three to six minutes from now: bookable still, and
   * within the ten minutes before its start in which the consultation is open. Near midnight in
   * Sydney, when it would not fit today, it waits for the new day first.
   */
  static JsonObject sessionStartingSoon(long practitionerId, String mode, int minutes) {
    ZonedDateTime now = ZonedDateTime.now(SYDNEY);
    ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(SYDNEY);
    if (Duration.between(now, midnight).toMinutes() < minutes + 10) {
      Appointments.sleep(Duration.between(now, midnight).plusSeconds(30));
      return sessionStartingSoon(practitionerId, mode, minutes);
    }
    long offset = 4 + ThreadLocalRandom.current().nextLong(3);
    LocalDateTime local = now.plusMinutes(offset).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime();
    return session(practitionerId, local, mode, minutes);
  }

  private static JsonObject session(
      long practitionerId, LocalDateTime local, String mode, int minutes) {
    Response created =
        Api.demo("desk.jones")
            .post(
                "/practitioners/" + practitionerId + "/availability/templates",
                Json.createObjectBuilder()
                    .add("date", local.toLocalDate().toString())
                    .add("start", local.toLocalTime().toString())
                    .add("end", local.toLocalTime().plusMinutes(minutes).toString())
                    .add("slotMinutes", minutes)
                    .add("mode", mode)
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /** The free slot that the session created (the one starting at its start). */
  static JsonObject slotOf(long practitionerId, JsonObject session) {
    Instant start =
        LocalDateTime.parse(session.getString("date") + "T" + session.getString("start"))
            .atZone(SYDNEY)
            .toInstant();
    return Appointments.slotAt(Api.demo("alice"), practitionerId, start)
        .orElseThrow(() -> new AssertionError("no slot at " + start));
  }

  static void removeSession(long practitionerId, JsonObject session) {
    Api.demo("desk.jones")
        .delete("/practitioners/" + practitionerId + "/availability/templates/" + id(session));
  }
}
