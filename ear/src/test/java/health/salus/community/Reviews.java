package health.salus.community;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Test data for reviews of health services: practitioners of a test's own (so their average is the
 * test's alone) and patients they saw. A class that uses them runs with the suite's deployment
 * (Arquillian, {@code RunAsClient}): the practitioner entry comes from its test-only fixture.
 */
final class Reviews {

  private Reviews() {}

  /** A clinician of the test's own, with a directory entry at the first site. */
  record Clinician(Credentials credentials, long practitionerId) {
    Api api() {
      return Api.as(credentials.username(), credentials.password());
    }
  }

  static Clinician clinician() {
    Credentials clinician = Api.newStaff("dr-rev", "CLINICIAN");
    String made =
        Deployments.callTestResource("POST", "/test/practitioners/" + clinician.username());
    long id =
        Json.createReader(new StringReader(made)).readObject().getJsonNumber("id").longValue();
    return new Clinician(clinician, id);
  }

  /** Books an appointment starting within about a minute and has the clinician complete it. */
  static JsonObject completedWith(Api patient, Clinician clinician) {
    JsonObject appointment =
        Appointments.imminentAppointment(patient, clinician.practitionerId(), "IN_PERSON");
    Response done =
        clinician
            .api()
            .post(
                "/appointments/" + appointment.getJsonNumber("id").longValue() + "/complete",
                Json.createObjectBuilder().add("outcome", "Seen").build());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return appointment;
  }

  static JsonObject review(int rating, String body) {
    return Json.createObjectBuilder().add("rating", rating).add("body", body).build();
  }

  static Api patient() {
    Credentials patient = Api.newPatient("rev");
    return Api.as(patient.username(), patient.password());
  }

  static long siteOf(long practitionerId) {
    return practitioner(practitionerId).getJsonNumber("siteId").longValue();
  }

  /** The practitioner's entry in {@code GET /practitioners} (the directory, with its rating). */
  static JsonObject practitioner(long practitionerId) {
    for (int page = 0; page < 50; page++) {
      Response found = Api.demo("desk.jones").get("/practitioners?size=200&page=" + page);
      assertThat(found.status()).as(found.toString()).isEqualTo(200);
      for (JsonObject p : found.items()) {
        if (p.getJsonNumber("id").longValue() == practitionerId) {
          return p;
        }
      }
      if (found.items().isEmpty()) {
        break;
      }
    }
    throw new AssertionError("practitioner " + practitionerId + " not in the directory");
  }
}
