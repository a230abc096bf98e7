package health.salus.billing;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real chain, over HTTP and without any made-up event: a patient books, the appointment begins,
 * the clinician completes it with notes; the notes are kept as an encounter, billing invoices the
 * patient, and the patient's inbox holds the booking notice and the invitation to rate the
 * appointment (feedback).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompletedAppointmentChainIT {

  private static JsonArray encountersOf(long appointmentId) {
    return Json.createReader(
            new StringReader(
                Deployments.callTestResource("GET", "/test/encounters/" + appointmentId)))
        .readArray();
  }

  @Test
  void completingABookedAppointmentKeepsTheNotesAndInvoicesThePatient() {
    String username = Api.unique("chain");
    String password = Api.strongPassword();
    long patientId = Api.registerPatient(username, password).getJsonNumber("patientId").longValue();
    Api patient = Api.as(username, password);
    Api chen = Api.demo("dr.chen");

    JsonObject appointment = Appointments.imminentAppointment(patient, "dr.chen", "IN_PERSON");
    long id = appointment.getJsonNumber("id").longValue();
    assertThat(patient.get("/invoices").json().getJsonNumber("total").longValue()).isZero();

    Response done =
        chen.post(
            "/appointments/" + id + "/complete",
            Json.createObjectBuilder()
                .add("notes", "BP 128/82. Tolerating perindopril; no cough.")
                .add("outcome", "Continue; review in six months")
                .build());

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("COMPLETED");
    JsonObject seen = patient.get("/appointments/" + id).json();
    assertThat(seen.getString("status")).isEqualTo("COMPLETED");
    assertThat(seen.getString("statusChangedBy")).isEqualTo("dr.chen");

    // The notes, kept as the patient's encounter.
    JsonArray encounters = encountersOf(id);
    assertThat(encounters).hasSize(1);
    JsonObject encounter = encounters.getJsonObject(0);
    assertThat(encounter.getJsonNumber("patientId").longValue()).isEqualTo(patientId);
    assertThat(encounter.getJsonNumber("practitionerId").longValue())
        .isEqualTo(appointment.getJsonNumber("practitionerId").longValue());
    assertThat(encounter.getString("notes"))
        .isEqualTo("BP 128/82. Tolerating perindopril; no cough.");
    assertThat(encounter.getString("outcome")).isEqualTo("Continue; review in six months");
    assertThat(encounter.getString("recordedBy")).isEqualTo("dr.chen");

    // The invoice for exactly this appointment, on the patient's list and balance.
    JsonObject invoices = patient.get("/invoices").json();
    assertThat(invoices.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject listed = invoices.getJsonArray("items").getJsonObject(0);
    JsonObject invoice = patient.get("/invoices/" + listed.getJsonNumber("id").longValue()).json();
    assertThat(invoice.getJsonNumber("appointmentId").longValue()).isEqualTo(id);
    assertThat(invoice.getJsonNumber("patientId").longValue()).isEqualTo(patientId);
    assertThat(invoice.getString("practitionerName")).isEqualTo("Dr Wei Chen");
    assertThat(invoice.getString("status")).isEqualTo("ISSUED");
    assertThat(invoice.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("95.00");
    assertThat(patient.get("/me/balance").json().getJsonNumber("outstanding").bigDecimalValue())
        .isEqualByComparingTo("95.00");

    // Completing again changes nothing: no second invoice, no second encounter.
    Response again =
        chen.post(
            "/appointments/" + id + "/complete",
            Json.createObjectBuilder().add("outcome", "Twice").build());
    assertThat(again.status()).as(again.toString()).isEqualTo(422);
    assertThat(patient.get("/invoices").json().getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(encountersOf(id)).hasSize(1);

    // The inbox: the booking notice of this appointment and, on completion, the invitation to
    // rate it (feedback), and nothing else.
    JsonObject inbox = patient.get("/me/notifications").json();
    assertThat(inbox.getInt("total")).isEqualTo(2);
    assertThat(inbox.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("title"))
        .containsExactlyInAnyOrder("Appointment booked", "How was your appointment?");
    assertThat(inbox.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(n -> assertThat(n.getString("body")).contains("Dr Wei Chen"));
  }
}
