package health.salus.education;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.Deployments;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An educator's own consultations over HTTP: {@code GET /me/consultations} lists her booked calls
 * from today on with how to join each (audited as the clinician's diary is), {@code GET
 * /appointments} serves her own diary, and {@code POST /appointments/{id}/complete-education} marks
 * a call done without an encounter. Another educator (edu.nguyen) sees none of them and may not
 * complete them (404); patients, the front desk and clinicians may not use the educator's list or
 * completion (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EducatorConsultationsApiIT {

  private static Optional<JsonObject> listed(Response list, long appointmentId) {
    return list.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(
            c -> c.getJsonObject("appointment").getJsonNumber("id").longValue() == appointmentId)
        .findFirst();
  }

  private static List<JsonObject> encountersOf(long appointmentId) {
    return Json.createReader(
            new StringReader(
                Deployments.callTestResource("GET", "/test/encounters/" + appointmentId)))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void anEducatorSeesHerOwnCallWithItsJoiningAndMarksItDoneWithoutAnEncounter() {
    Educator educator = Educator.create("edu-own");
    TestPatient patient = TestPatient.register("edu-call");
    JsonObject call =
        Appointments.imminentAppointment(patient.api(), educator.practitionerId(), "VIDEO");
    long id = call.getJsonNumber("id").longValue();
    String mode = call.getString("mode");
    Api edu = educator.api();
    String name = educator.username();

    Response mine = edu.get("/me/consultations");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    JsonObject listed =
        listed(mine, id).orElseThrow(() -> new AssertionError("not listed: " + mine));
    JsonObject appointment = listed.getJsonObject("appointment");
    assertThat(appointment.getString("patientName")).isEqualTo(patient.fullName());
    assertThat(appointment.getString("reason")).isEqualTo("Check-up");
    assertThat(appointment.getBoolean("completable")).isTrue();
    JsonObject join = listed.getJsonObject("join");
    assertThat(join.getString("mode")).isEqualTo(mode);
    assertThat(join.getBoolean("open")).isTrue();
    if (mode.equals("VIDEO")) {
      assertThat(join.getString("videoUrl")).isNotBlank();
    }
    assertThat(Api.auditEntries(name, "APPOINTMENT_LIST", "SUCCESS", patient.id())).isNotEmpty();
    assertThat(Api.auditEntries(name, "CONSULTATION_JOIN", "ALLOWED", patient.id())).isNotEmpty();
    Response diary = edu.get("/appointments?patientId=" + patient.id());
    assertThat(diary.status()).as(diary.toString()).isEqualTo(200);
    assertThat(diary.items())
        .extracting(a -> a.getJsonNumber("id").longValue())
        .containsExactly(id);

    Api other = Api.demo("edu.nguyen");
    Response theirs = other.get("/me/consultations");
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
    assertThat(listed(theirs, id)).isEmpty();
    assertThat(other.get("/appointments?patientId=" + patient.id()).items()).isEmpty();
    assertThat(other.get("/appointments/" + id).status()).isEqualTo(404);
    assertThat(other.get("/appointments/" + id + "/video").status()).isEqualTo(404);
    String done = "/appointments/" + id + "/complete-education";
    assertThat(other.post(done).status()).isEqualTo(404);

    assertThat(patient.api().get("/me/consultations").status()).isEqualTo(403);
    assertThat(Api.demo("desk.jones").get("/me/consultations").status()).isEqualTo(403);
    assertThat(patient.api().post(done).status()).isEqualTo(403);
    assertThat(Api.demo("desk.jones").post(done).status()).isEqualTo(403);
    assertThat(Api.demo("dr.chen").post(done).status()).isEqualTo(403);
    assertThat(patient.api().get("/appointments/" + id).json().getString("status"))
        .isEqualTo("BOOKED");

    Response marked = edu.post(done);
    assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
    assertThat(marked.json().getString("status")).isEqualTo("COMPLETED");
    assertThat(marked.json().getString("statusChangedBy")).isEqualTo(name);
    assertThat(encountersOf(id)).as("no clinical encounter").isEmpty();
    assertThat(edu.post(done).status()).as("once only").isEqualTo(422);
    assertThat(Api.auditEntries(name, "APPOINTMENT_COMPLETED", "SUCCESS", patient.id()))
        .anySatisfy(e -> assertThat(e.toString()).contains(String.valueOf(id)));
    JsonObject after = listed(edu.get("/me/consultations"), id).orElseThrow();
    assertThat(after.getJsonObject("appointment").getString("status")).isEqualTo("COMPLETED");
  }
}
