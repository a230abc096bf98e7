package health.salus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Real appointments for tests outside scheduling, made through the API as patients make them: one
 * in the coming weeks, or one whose start has just passed (what completion and no-show need).
 */
public final class Appointments {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private Appointments() {}

  /** The id of a bookable practitioner by username, such as {@code dr.chen}. */
  public static long practitionerId(String username) {
    Response found = Api.demo("alice").get("/bookable-practitioners");
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    return found.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bookable practitioner " + username))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Free slots of a practitioner and mode from two days ahead (past any cut-off) for four weeks,
   * the first 200, as a patient sees them (the same ones all day long: the window starts at a whole
   * day). Others may book meanwhile, so the page is checked for its shape only.
   */
  public static List<JsonObject> freeSlots(Api patient, long practitionerId, String mode) {
    Instant from = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    Response free =
        patient.get(
            "/slots"
                + Api.query(
                    Map.of(
                        "practitionerId",
                        practitionerId,
                        "mode",
                        mode,
                        "from",
                        from.toString(),
                        "to",
                        from.plus(28, ChronoUnit.DAYS).toString(),
                        "size",
                        200)));
    assertThat(free.status()).as(free.toString()).isEqualTo(200);
    return free.itemsWhileChanging();
  }

  /** Books a random free slot of the practitioner two days to four weeks ahead. */
  public static JsonObject bookSomeSlot(Api patient, String practitioner, String mode) {
    long practitionerId = practitionerId(practitioner);
    for (int attempt = 0; attempt < 5; attempt++) {
      List<JsonObject> slots = freeSlots(patient, practitionerId, mode);
      assertThat(slots).as("free %s slots of %s", mode, practitioner).isNotEmpty();
      JsonObject slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
      Response booked = book(patient, slot.getJsonNumber("id").longValue());
      if (booked.status() == 201) {
        return booked.json();
      }
      assertThat(booked.status()).as(booked.toString()).isEqualTo(409); // taken meanwhile
    }
    throw new AssertionError("no free slot of " + practitioner + " could be booked");
  }

  /**
   * An appointment that the patient books through the API and whose start has then passed: booked
   * as {@link #imminentAppointment(Api, String, String)} does, then moved by the test deployment's
   * {@link AppointmentClockFixture} so that it began a minute ago (instead of sleeping until its
   * start, up to 80 seconds). The caller is an Arquillian class (the suite's test deployment is
   * there). Answers the appointment as the patient then reads it.
   */
  public static JsonObject startedAppointment(Api patient, String practitioner, String mode) {
    return startedAppointment(patient, practitionerId(practitioner), mode);
  }

  /**
   * An appointment that the patient books through the API and that starts within about a minute, so
   * a clinician may already complete it (from ten minutes before its start); returns at once.
   */
  public static JsonObject imminentAppointment(Api patient, String practitioner, String mode) {
    return appointmentAtNextMinute(patient, practitioner, mode);
  }

  /** As {@link #startedAppointment(Api, String, String)}, with a practitioner by id. */
  public static JsonObject startedAppointment(Api patient, long practitionerId, String mode) {
    long id =
        appointmentAtNextMinute(patient, practitionerId, mode).getJsonNumber("id").longValue();
    Deployments.callTestResource("POST", "/test/appointments/" + id + "/begun");
    Response begun = patient.get("/appointments/" + id);
    assertThat(begun.status()).as(begun.toString()).isEqualTo(200);
    assertThat(Instant.parse(begun.json().getString("start"))).isBefore(Instant.now());
    return begun.json();
  }

  /** As {@link #imminentAppointment(Api, String, String)}, with a practitioner by id. */
  public static JsonObject imminentAppointment(Api patient, long practitionerId, String mode) {
    return appointmentAtNextMinute(patient, practitionerId, mode);
  }

  private static JsonObject appointmentAtNextMinute(Api patient, String practitioner, String mode) {
    return appointmentAtNextMinute(patient, practitionerId(practitioner), mode);
  }

  /**
   * Books a one-slot session at the next whole minute at least 20 seconds ahead; when another test
   * holds that minute with the practitioner, the minute after it, and so on.
   */
  private static JsonObject appointmentAtNextMinute(Api patient, long practitionerId, String mode) {
    patient.get("/me"); // signed in before the clock starts to matter
    Api desk = Api.demo("desk.jones");
    for (int attempt = 0; attempt < 3; attempt++) {
      ZonedDateTime start =
          ZonedDateTime.now(SYDNEY)
              .plusSeconds(20)
              .truncatedTo(ChronoUnit.MINUTES)
              .plusMinutes(1 + attempt);
      ZonedDateTime end = start.plusMinutes(5);
      if (!end.toLocalDate().equals(start.toLocalDate())) {
        sleep(Duration.between(ZonedDateTime.now(SYDNEY), end.truncatedTo(ChronoUnit.DAYS)));
        continue; // the session would cross midnight
      }
      Response session =
          desk.post(
              "/practitioners/" + practitionerId + "/availability/templates",
              Json.createObjectBuilder()
                  .add("date", start.toLocalDate().toString())
                  .add("start", start.toLocalTime().toString())
                  .add("end", end.toLocalTime().toString())
                  .add("slotMinutes", 5)
                  .add("mode", mode)
                  .build());
      assertThat(session.status()).as(session.toString()).isEqualTo(201);
      try {
        Optional<JsonObject> slot = slotAt(patient, practitionerId, start.toInstant());
        if (slot.isEmpty()) {
          continue; // another test's appointment at that minute: try the next one
        }
        Response booked = book(patient, slot.get().getJsonNumber("id").longValue());
        if (booked.status() == 201) {
          return booked.json();
        }
        // Another test's appointment at that minute: try the next one.
        assertThat(booked.status()).as(booked.toString()).isEqualTo(409);
      } finally {
        desk.delete(
            "/practitioners/"
                + practitionerId
                + "/availability/templates/"
                + session.json().getJsonNumber("id").longValue());
      }
    }
    throw new AssertionError("no appointment starting now could be booked with " + practitionerId);
  }

  /** The slot of the practitioner that starts exactly then, free or not, as the patient sees it. */
  public static Optional<JsonObject> slotAt(Api patient, long practitionerId, Instant start) {
    Response answer =
        patient.get(
            "/slots"
                + Api.query(
                    Map.of(
                        "practitionerId", practitionerId,
                        "from", start.minusSeconds(1).toString(),
                        "to", start.plusSeconds(1).toString())));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.items().stream()
        .filter(s -> Instant.parse(s.getString("start")).equals(start))
        .findFirst();
  }

  private static Response book(Api patient, long slotId) {
    return patient.post(
        "/appointments",
        Json.createObjectBuilder().add("slotId", slotId).add("reason", "Check-up").build());
  }

  /** Sleeps that long (nothing if it is negative); an interrupt ends the test. */
  public static void sleep(Duration duration) {
    if (duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
