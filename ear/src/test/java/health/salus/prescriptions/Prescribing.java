package health.salus.prescriptions;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Test data for prescriptions: a fresh patient whose care team the front desk (desk.jones) joins
 * dr.chen to, and medications dr.chen prescribes for them. Demo patients are only read.
 */
final class Prescribing {

  /** A fresh patient with dr.chen in the care team. */
  record Patient(String username, String password, long patientId, String fullName) {
    Api api() {
      return Api.as(username, password);
    }
  }

  private Prescribing() {}

  static long practitionerId(String username) {
    return Directory.practitionerId(username);
  }

  static Patient patientOfDrChen() {
    String username = Api.unique("rx");
    String password = Api.strongPassword();
    JsonObject registered = Api.registerPatient(username, password);
    long patientId = registered.getJsonNumber("patientId").longValue();
    Response added =
        Api.demo("desk.jones")
            .post(
                "/patients/" + patientId + "/care-team",
                Json.createObjectBuilder()
                    .add("practitionerId", practitionerId("dr.chen"))
                    .add("kind", "GENERAL_PRACTITIONER")
                    .build());
    if (added.status() != 201) {
      throw new AssertionError("care team: " + added);
    }
    return new Patient(username, password, patientId, "Test " + username);
  }

  static JsonObject prescription(String name, int refills) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("dose", "10 mg")
        .add("instructions", "Once daily")
        .add("refills", refills)
        .build();
  }

  /** dr.chen prescribes; returns the medication's id. */
  static long prescribe(Patient patient, String name, int refills) {
    Response created =
        Api.demo("dr.chen")
            .post("/patients/" + patient.patientId() + "/medications", prescription(name, refills));
    if (created.status() != 201) {
      throw new AssertionError("prescribe: " + created);
    }
    return created.json().getJsonNumber("id").longValue();
  }

  static JsonObject refillRequest(long medicationId, String note) {
    return Json.createObjectBuilder()
        .add("medicationId", medicationId)
        .add("note", note)
        .add("pharmacy", "Harbour Pharmacy, Balmain")
        .build();
  }

  /** The patient asks for a refill; returns the request's id. */
  static long requestRefill(Patient patient, long medicationId) {
    Response created =
        patient.api().post("/refill-requests", refillRequest(medicationId, "Running low"));
    if (created.status() != 201) {
      throw new AssertionError("refill request: " + created);
    }
    return created.json().getJsonNumber("id").longValue();
  }

  static JsonObject medication(Patient patient, long medicationId) {
    return patient.api().get("/me/medications").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getJsonNumber("id").longValue() == medicationId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no medication " + medicationId));
  }

  static JsonObject denial(String reason) {
    var body = Json.createObjectBuilder();
    if (reason != null) {
      body.add("reason", reason);
    }
    return body.build();
  }
}
