package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static health.salus.scheduling.Scheduling.practitionerId;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /practitioners/{id}/availability}: templates, days away, follow-ups, who may. */
class AvailabilityApiIT {

  private static List<JsonObject> freeOn(long practitionerId, LocalDate day) {
    ZonedDateTime start = day.atStartOfDay(Scheduling.SYDNEY);
    Response answer =
        Api.demo("alice")
            .get(
                "/slots"
                    + Api.query(
                        Map.of(
                            "practitionerId", practitionerId,
                            "from", start.toInstant().toString(),
                            "to", start.plusDays(1).toInstant().toString())));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.items();
  }

  @Test
  void cliniciansManageTheirOwnStaffAnyonesPatientsNone() {
    long brown = practitionerId("nurse.brown");
    String path = "/practitioners/" + brown + "/availability";

    Response own = Api.demo("nurse.brown").get(path);
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().getJsonArray("templates").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("mode"))
        .contains("IN_PERSON", "VIDEO", "PHONE");
    assertThat(Api.demo("desk.jones").get(path).status()).isEqualTo(200);
    assertThat(Api.demo("dr.chen").get(path).status()).isEqualTo(404);
    assertThat(Api.demo("alice").get(path).status()).isEqualTo(403);
    assertThat(Api.demo("dr.chen").get("/practitioners/987654/availability").status())
        .isEqualTo(404);
  }

  @Test
  void daysAwayRemoveFreeSlotsAndListBookedOnesForFollowUp() {
    long brown = practitionerId("nurse.brown");
    LocalDate day = LocalDate.now(Scheduling.SYDNEY).plusDays(45);
    while (freeOn(brown, day).isEmpty()) {
      day = day.plusDays(1);
    }
    JsonObject appointment = booked(newPatient().api(), id(freeOn(brown, day).get(0)));
    String path = "/practitioners/" + brown + "/availability";
    Api desk = Api.demo("desk.jones");

    Response away =
        desk.post(
            path + "/exceptions",
            Json.createObjectBuilder()
                .add("from", day.toString())
                .add("to", day.toString())
                .add("reason", "Conference")
                .build());
    assertThat(away.status()).as(away.toString()).isEqualTo(201);
    try {
      assertThat(freeOn(brown, day)).isEmpty();
      Response followUps = Api.demo("nurse.brown").get(path + "/follow-ups");
      assertThat(followUps.status()).isEqualTo(200);
      assertThat(followUps.jsonArray().getValuesAs(JsonObject.class))
          .extracting(Scheduling::id)
          .contains(id(appointment));
      Response kept = desk.get("/appointments/" + id(appointment));
      assertThat(kept.json().getString("status")).as("never dropped silently").isEqualTo("BOOKED");
    } finally {
      assertThat(desk.delete(path + "/exceptions/" + id(away.json())).status()).isEqualTo(204);
    }
    assertThat(freeOn(brown, day)).isNotEmpty();
    assertThat(
            Api.demo("nurse.brown")
                .get(path + "/follow-ups")
                .jsonArray()
                .getValuesAs(JsonObject.class))
        .extracting(Scheduling::id)
        .doesNotContain(id(appointment));
  }

  @Test
  void aOneOffSessionAddsSlotsAndRemovingItTakesTheFreeOnesAway() {
    long kim = practitionerId("physio.kim");
    LocalDate day = LocalDate.now(Scheduling.SYDNEY).plusDays(50);
    JsonObject session =
        Api.demo("physio.kim")
            .post(
                "/practitioners/" + kim + "/availability/templates",
                Json.createObjectBuilder()
                    .add("date", day.toString())
                    .add("start", "19:03")
                    .add("end", "19:45")
                    .add("slotMinutes", 14)
                    .add("mode", "VIDEO")
                    .build())
            .json();
    Instant first = day.atTime(19, 3).atZone(Scheduling.SYDNEY).toInstant();

    assertThat(freeOn(kim, day))
        .filteredOn(s -> !Instant.parse(s.getString("start")).isBefore(first))
        .extracting(s -> s.getString("mode"))
        .containsExactly("VIDEO", "VIDEO", "VIDEO");

    assertThat(
            Api.demo("physio.kim")
                .delete("/practitioners/" + kim + "/availability/templates/" + id(session))
                .status())
        .isEqualTo(204);
    assertThat(freeOn(kim, day))
        .noneMatch(s -> !Instant.parse(s.getString("start")).isBefore(first));
  }

  @Test
  void badTemplatesAreRefusedWithTheField() {
    long kim = practitionerId("physio.kim");
    String path = "/practitioners/" + kim + "/availability/templates";
    Api desk = Api.demo("desk.jones");

    assertThat(desk.post(path, template("MONDAY", "9am", "10:00", 30, "VIDEO")).errorFields())
        .containsExactly("start");
    assertThat(desk.post(path, template("MONDAY", "09:00", "10:00", 1, "VIDEO")).errorFields())
        .containsExactly("slotMinutes");
    assertThat(desk.post(path, template("MONDAY", "10:00", "09:00", 30, "VIDEO")).errorFields())
        .containsExactly("end");
    assertThat(desk.post(path, template("FUNDAY", "09:00", "10:00", 30, "VIDEO")).errorFields())
        .containsExactly("dayOfWeek");
    assertThat(desk.post(path, template("MONDAY", "09:00", "10:00", 30, "FAX")).errorFields())
        .containsExactly("mode");
    assertThat(desk.post(path, template(null, "09:00", "10:00", 30, "VIDEO")).status())
        .isEqualTo(400);
  }

  private static JsonObject template(
      String day, String start, String end, int minutes, String mode) {
    var builder =
        Json.createObjectBuilder()
            .add("start", start)
            .add("end", end)
            .add("slotMinutes", minutes)
            .add("mode", mode);
    if (day != null) {
      builder.add("dayOfWeek", day);
    }
    return builder.build();
  }
}
