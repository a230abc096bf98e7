package health.salus.prescriptions;

import static health.salus.prescriptions.Prescribing.patientOfDrChen;
import static health.salus.prescriptions.Prescribing.prescription;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code POST /patients/{patientId}/medications}: only a clinician of the care team prescribes. */
class PrescribingApiIT {

  @Test
  void aCareTeamClinicianPrescribesAndThePatientSeesIt() {
    Patient patient = patientOfDrChen();

    Response created =
        Api.demo("dr.chen")
            .post(
                "/patients/" + patient.patientId() + "/medications", prescription("Metformin", 3));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    JsonObject mine = Prescribing.medication(patient, id);
    assertThat(mine.getString("name")).isEqualTo("Metformin");
    assertThat(mine.getString("dose")).isEqualTo("10 mg");
    assertThat(mine.getString("instructions")).isEqualTo("Once daily");
    assertThat(mine.getInt("refillsRemaining")).isEqualTo(3);
    assertThat(mine.getString("prescriber")).isEqualTo("Dr Wei Chen");
    assertThat(Api.auditEntries("dr.chen", "MEDICATION_PRESCRIBE", "SUCCESS"))
        .anySatisfy(e -> assertThat(e.getString("objectId")).isEqualTo(Long.toString(id)));
  }

  @Test
  void aClinicianOutsideTheCareTeamGets403AndItIsAudited() {
    Patient patient = patientOfDrChen();

    Response refused =
        Api.demo("dr.patel")
            .post("/patients/" + patient.patientId() + "/medications", prescription("Digoxin", 1));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(patient.api().get("/me/medications").jsonArray()).isEmpty();
    assertThat(Api.auditEntries("dr.patel", "MEDICATION_PRESCRIBE", "DENIED"))
        .anySatisfy(
            e ->
                assertThat(e.getJsonNumber("patientId").longValue())
                    .isEqualTo(patient.patientId()));
  }

  @Test
  void onlyCliniciansPrescribe() {
    Patient patient = patientOfDrChen();
    String path = "/patients/" + patient.patientId() + "/medications";

    assertThat(patient.api().post(path, prescription("Oxycodone", 5)).status()).isEqualTo(403);
    assertThat(Api.demo("desk.jones").post(path, prescription("Oxycodone", 5)).status())
        .isEqualTo(403);
    assertThat(patient.api().get("/me/medications").jsonArray()).isEmpty();
  }

  @Test
  void aPrescriptionChecksItsFields() {
    Patient patient = patientOfDrChen();
    String path = "/patients/" + patient.patientId() + "/medications";
    Api drChen = Api.demo("dr.chen");

    Response empty = drChen.post(path, Json.createObjectBuilder().build());
    Response negative = drChen.post(path, prescription("Metformin", -1));
    Response tooMany = drChen.post(path, prescription("Metformin", 13));
    Response notANumber =
        drChen.post(
            path,
            "{\"name\":\"M\",\"dose\":\"1 mg\",\"instructions\":\"x\",\"refills\":\"many\"}",
            "application/json");

    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(empty.errorFields()).contains("name", "dose", "instructions", "refills");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.errorFields()).containsExactly("refills");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
    assertThat(patient.api().get("/me/medications").jsonArray()).isEmpty();
  }
}
