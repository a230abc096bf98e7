package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static health.salus.scheduling.Scheduling.someFreeSlot;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient trying to act for another patient is refused by {@code consent.boundary.AccessPolicy},
 * and the refusal lands in the audit trail once, about the patient it concerned; the front desk is
 * let in, and that decision lands there too, also when the change it was let in for is refused and
 * rolled back. A change the appointment refuses answers the one problem shape.
 */
class ActingForAnotherPatientApiIT {

  private static List<JsonObject> denied(Patient actor, String action, Patient aboutPatient) {
    return about(Api.auditEntries(actor.username(), action, "DENIED"), aboutPatient);
  }

  private static List<JsonObject> about(List<JsonObject> entries, Patient patient) {
    return entries.stream()
        .filter(e -> !e.isNull("patientId"))
        .filter(e -> e.getJsonNumber("patientId").longValue() == patient.patientId())
        .toList();
  }

  @Test
  void theDeskIsLetInOnTheRecordAndAChangeTheAppointmentRefusesIsOneProblemAndStaysInTheTrail() {
    Patient owner = newPatient();
    JsonObject appointment = booked(owner.api(), id(someFreeSlot("dr.okafor", "PHONE")));
    String path = "/appointments/" + id(appointment);
    Api desk = Api.demo("desk.jones");
    assertThat(appointment.getBoolean("cancellable")).isTrue();
    assertThat(appointment.getBoolean("movable")).isTrue();

    Response read = desk.get(path);
    Response own = owner.api().get(path);
    Response cancelled = desk.post(path + "/cancel");
    Response again = desk.post(path + "/cancel");

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    List<JsonObject> allowed =
        about(Api.auditEntries("desk.jones", "APPOINTMENT_READ", "ALLOWED"), owner);
    assertThat(allowed).as("one decision entry for the one read").hasSize(1);
    assertThat(allowed.get(0).getString("purpose")).isEqualTo("ADMINISTRATION");
    assertThat(allowed.get(0).getString("objectId")).isEqualTo(String.valueOf(id(appointment)));
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(about(Api.auditEntries(owner.username(), "APPOINTMENT_READ", "SUCCESS"), owner))
        .as("the patient's own read is the feature's entry")
        .hasSize(1);
    assertThat(about(Api.auditEntries(owner.username(), "APPOINTMENT_READ", "ALLOWED"), owner))
        .as("and needs no decision entry")
        .isEmpty();

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getBoolean("cancellable")).isFalse();
    assertThat(cancelled.json().getBoolean("movable")).isFalse();
    assertThat(again.status()).as(again.toString()).isEqualTo(422);
    assertThat(again.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    JsonObject problem = again.json();
    assertThat(problem.getInt("status")).isEqualTo(422);
    assertThat(problem.getString("code")).isEqualTo("appointment.notBooked");
    assertThat(problem.getString("title")).isEqualTo("Not possible");
    assertThat(problem.getString("detail"))
        .isEqualTo("Only a booked appointment can be changed like this.");
    // The second cancel is let in, then refused by the appointment: its transaction rolls back,
    // and the decision entry, waiting with the request, is written at its end all the same.
    assertThat(about(Api.auditEntries("desk.jones", "APPOINTMENT_CANCEL", "ALLOWED"), owner))
        .as("one decision entry for each cancel, the refused one's included")
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("ADMINISTRATION"));
  }

  @Test
  void bookingForAnotherPatientIsRefusedAndAuditedAboutThem() {
    Patient owner = newPatient();
    Patient other = newPatient();
    long slot = id(someFreeSlot("dr.okafor", "PHONE"));

    var answer =
        other
            .api()
            .post(
                "/appointments",
                Json.createObjectBuilder()
                    .add("slotId", slot)
                    .add("patientId", owner.patientId())
                    .add("reason", "Not mine to book")
                    .build());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(denied(other, "APPOINTMENT_BOOK", owner)).hasSize(1);
  }

  @Test
  void cancellingAnotherPatientsAppointmentIsAuditedOnceAboutItsPatient() {
    Patient owner = newPatient();
    Patient other = newPatient();
    JsonObject appointment = booked(owner.api(), id(someFreeSlot("dr.okafor", "PHONE")));
    String path = "/appointments/" + id(appointment);
    try {
      assertThat(other.api().post(path + "/cancel").status()).isEqualTo(404);

      List<JsonObject> entries = denied(other, "APPOINTMENT_CANCEL", owner);
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).getString("objectType")).isEqualTo("Appointment");
      assertThat(entries.get(0).getString("objectId")).isEqualTo(String.valueOf(id(appointment)));
    } finally {
      owner.api().post(path + "/cancel");
    }
  }

  @Test
  void readingAnotherPatientsWaitlistIsRefusedAndAuditedAboutThem() {
    Patient owner = newPatient();
    Patient other = newPatient();

    assertThat(other.api().get("/waitlist?patientId=" + owner.patientId()).status()).isEqualTo(403);
    assertThat(denied(other, "WAITLIST_READ", owner)).hasSize(1);
  }
}
