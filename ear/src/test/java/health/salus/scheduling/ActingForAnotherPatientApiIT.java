package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static health.salus.scheduling.Scheduling.someFreeSlot;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient trying to act for another patient is refused by {@code consent.boundary.AccessPolicy},
 * and the refusal lands in the audit trail once, about the patient it concerned.
 */
class ActingForAnotherPatientApiIT {

  private static List<JsonObject> denied(Patient actor, String action, long aboutPatient) {
    return Api.auditEntries(actor.username(), action, "DENIED").stream()
        .filter(e -> !e.isNull("patientId"))
        .filter(e -> e.getJsonNumber("patientId").longValue() == aboutPatient)
        .toList();
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
    assertThat(denied(other, "APPOINTMENT_BOOK", owner.patientId())).hasSize(1);
  }

  @Test
  void cancellingAnotherPatientsAppointmentIsAuditedOnceAboutItsPatient() {
    Patient owner = newPatient();
    Patient other = newPatient();
    JsonObject appointment = booked(owner.api(), id(someFreeSlot("dr.okafor", "PHONE")));
    String path = "/appointments/" + id(appointment);
    try {
      assertThat(other.api().post(path + "/cancel").status()).isEqualTo(404);

      List<JsonObject> entries = denied(other, "APPOINTMENT_CANCEL", owner.patientId());
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
    assertThat(denied(other, "WAITLIST_READ", owner.patientId())).hasSize(1);
  }
}
