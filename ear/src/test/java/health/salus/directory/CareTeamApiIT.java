package health.salus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code /patients/{patientId}/care-team}: the front desk keeps a patient's care team. */
class CareTeamApiIT {

  private final Api desk = Api.demo("desk.jones");

  private long practitionerId(String username) {
    return Directory.practitionerId(username);
  }

  private static JsonObject member(long practitionerId, String kind) {
    return Json.createObjectBuilder()
        .add("practitionerId", practitionerId)
        .add("kind", kind)
        .build();
  }

  private static long newPatient() {
    return Api.registerPatient(Api.unique("team"), Api.strongPassword())
        .getJsonNumber("patientId")
        .longValue();
  }

  @Test
  void staffAddAPractitionerOnceAndSeeTheTeam() {
    long patientId = newPatient();
    long chen = practitionerId("dr.chen");
    String path = "/patients/" + patientId + "/care-team";

    Response added = desk.post(path, member(chen, "GENERAL_PRACTITIONER"));
    Response twice = desk.post(path, member(chen, "GENERAL_PRACTITIONER"));

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("practitionerUsername")).isEqualTo("dr.chen");
    assertThat(added.json().getString("kind")).isEqualTo("GENERAL_PRACTITIONER");
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    Response team = desk.get(path);
    assertThat(team.status()).isEqualTo(200);
    assertThat(team.jsonArray()).hasSize(1);
    assertThat(Api.auditEntries("desk.jones", "CARE_TEAM_ADD", "SUCCESS"))
        .anySatisfy(e -> assertThat(e.getJsonNumber("patientId").longValue()).isEqualTo(patientId));
  }

  @Test
  void onlyStaffKeepTheCareTeam() {
    long patientId = newPatient();
    String path = "/patients/" + patientId + "/care-team";
    JsonObject body = member(practitionerId("dr.patel"), "SPECIALIST");

    assertThat(Api.demo("dr.patel").post(path, body).status()).isEqualTo(403);
    assertThat(Api.demo("alice").post(path, body).status()).isEqualTo(403);
    assertThat(Api.demo("admin").post(path, body).status()).isEqualTo(403);
    assertThat(desk.get(path).jsonArray()).isEmpty();
  }

  @Test
  void badMembersAreRefused() {
    long patientId = newPatient();
    String path = "/patients/" + patientId + "/care-team";

    Response unknownPractitioner = desk.post(path, member(999999999L, "NURSE"));
    Response unknownKind = desk.post(path, member(practitionerId("dr.chen"), "WIZARD"));
    Response empty = desk.post(path, Json.createObjectBuilder().build());
    Response unknownPatient =
        desk.post("/patients/999999999/care-team", member(practitionerId("dr.chen"), "NURSE"));

    assertThat(unknownPractitioner.status()).as(unknownPractitioner.toString()).isEqualTo(400);
    assertThat(unknownPractitioner.errorFields()).containsExactly("practitionerId");
    assertThat(unknownKind.status()).as(unknownKind.toString()).isEqualTo(400);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.errorFields()).contains("practitionerId", "kind");
    assertThat(unknownPatient.status()).isEqualTo(404);
  }
}
