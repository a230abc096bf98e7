package health.salus.prescriptions;

import static health.salus.prescriptions.Prescribing.patientOfDrChen;
import static health.salus.prescriptions.Prescribing.prescribe;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /patients/{id}/medications}: the patient, and whoever holds the patient's active grant
 * of MEDICATIONS (or ALL), read the medications; a grant of other categories, a revoked grant and
 * no grant give a 404 and nothing else. Each read by a grantee is audited with purpose CONSENT.
 */
class MedicationsUnderConsentApiIT {

  private static Api api(Credentials who) {
    return Api.as(who.username(), who.password());
  }

  private static long grant(Patient patient, Credentials grantee, String category) {
    return patient.api().grant(grantee.username(), Duration.ofDays(7), true, category);
  }

  private static String path(Patient patient) {
    return "/patients/" + patient.patientId() + "/medications";
  }

  private static void assertRefused(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.body()).doesNotContain("Metformin");
  }

  @Test
  void aGranteeOfMedicationsReadsThemUntilTheGrantIsRevoked() {
    Patient patient = patientOfDrChen();
    prescribe(patient, "Metformin", 2);
    Credentials carer = Api.newPatient("carer");
    long grantId = grant(patient, carer, "MEDICATIONS");

    Response read = api(carer).get(path(patient));

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.jsonArray().getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("name")).isEqualTo("Metformin"));
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", carer.username());
    query.put("action", "MEDICATIONS_READ");
    query.put("outcome", "ALLOWED");
    query.put("patientId", patient.patientId());
    assertThat(Api.admin().get("/admin/audit" + Api.query(query)).items())
        .singleElement()
        .satisfies(e -> assertThat(e.getString("purpose")).isEqualTo("CONSENT"));

    assertThat(patient.api().delete("/consents/" + grantId).status()).isEqualTo(204);
    assertRefused(api(carer).get(path(patient)));
  }

  @Test
  void thePatientReadsTheirOwnAndNobodyElseWithoutAGrantOfMedications() {
    Patient patient = patientOfDrChen();
    prescribe(patient, "Metformin", 2);
    Credentials results = Api.newPatient("results");
    grant(patient, results, "RESULTS");
    Credentials stranger = Api.newPatient("stranger");

    assertThat(patient.api().get(path(patient)).jsonArray()).hasSize(1);
    assertRefused(api(results).get(path(patient)));
    assertRefused(api(stranger).get(path(patient)));
    assertRefused(Api.demo("carol").get(path(patient)));
    assertRefused(Api.demo("dr.patel").get(path(patient)));
    assertRefused(api(stranger).get("/patients/" + Long.MAX_VALUE + "/medications"));
    assertThat(Api.auditEntries(stranger.username(), "MEDICATIONS_READ", "DENIED")).hasSize(2);
  }

  @Test
  void aGrantOfAllOpensTheMedicationsToo() {
    Patient patient = patientOfDrChen();
    prescribe(patient, "Metformin", 2);
    Credentials family = Api.newPatient("family");
    grant(patient, family, "ALL");

    assertThat(api(family).get(path(patient)).jsonArray())
        .extracting(m -> m.asJsonObject().getString("name"))
        .isEqualTo(List.of("Metformin"));
  }
}
