package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.id;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /appointments/{id}/no-show}: once an appointment has begun, and it ends it. A client
 * of the suite's test deployment, whose fixture moves a booked appointment's start into the past.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoShowApiIT {

  private final Api desk = Api.demo("desk.jones");

  @Test
  void aNoShowBeforeTheStartIsRefused() {
    Patient patient = Scheduling.newPatient();
    JsonObject future =
        Scheduling.booked(patient.api(), id(Scheduling.someFreeSlot("dr.okafor", "VIDEO")));

    Response early = desk.post("/appointments/" + id(future) + "/no-show");

    assertThat(early.status()).as(early.toString()).isEqualTo(422);
    assertThat(early.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(early.json().getString("detail")).contains("only once the appointment has started");
    assertThat(patient.api().get("/appointments/" + id(future)).json().getString("status"))
        .isEqualTo("BOOKED");
  }

  @Test
  void theFrontDeskMarksABegunAppointmentAsNotAttendedWhichEndsIt() {
    Patient patient = Scheduling.newPatient();
    JsonObject appointment = Appointments.startedAppointment(patient.api(), "dr.okafor", "PHONE");
    String path = "/appointments/" + id(appointment) + "/no-show";

    assertThat(patient.api().post(path).status()).isEqualTo(403);
    assertThat(Api.demo("dr.chen").post(path).status()).isEqualTo(404);
    Response marked = desk.post(path);

    assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
    assertThat(marked.json().getString("status")).isEqualTo("NO_SHOW");
    assertThat(marked.json().getString("statusChangedBy")).isEqualTo("desk.jones");
    JsonObject seen = patient.api().get("/appointments/" + id(appointment)).json();
    assertThat(seen.getString("status")).isEqualTo("NO_SHOW");
    assertThat(desk.post(path).status()).isEqualTo(422);
    Response complete =
        Api.demo("dr.okafor")
            .post(
                "/appointments/" + id(appointment) + "/complete",
                Json.createObjectBuilder().add("outcome", "Seen").build());
    assertThat(complete.status()).as(complete.toString()).isEqualTo(422);
    assertThat(patient.api().get("/invoices").json().getJsonNumber("total").longValue()).isZero();
    assertThat(Api.auditEntries("desk.jones", "APPOINTMENT_NO_SHOW", "SUCCESS"))
        .anySatisfy(e -> assertThat(e.toString()).contains(String.valueOf(id(appointment))));
  }
}
