package health.salus.prescriptions;

import static health.salus.prescriptions.Prescribing.denial;
import static health.salus.prescriptions.Prescribing.medication;
import static health.salus.prescriptions.Prescribing.patientOfDrChen;
import static health.salus.prescriptions.Prescribing.prescribe;
import static health.salus.prescriptions.Prescribing.refillRequest;
import static health.salus.prescriptions.Prescribing.requestRefill;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.prescriptions.Prescribing.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /refill-requests}: asking for refills and deciding them, with the rules on refills. */
class RefillRequestsApiIT {

  private final Api drChen = Api.demo("dr.chen");

  private static List<JsonObject> items(Response list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.items();
  }

  private static boolean listed(Response list, long requestId) {
    return items(list).stream().anyMatch(r -> r.getJsonNumber("id").longValue() == requestId);
  }

  @Test
  void alicesDemoMedicationsArePrescribedByDrChen() {
    Response meds = Api.demo("alice").get("/me/medications");

    assertThat(meds.status()).as(meds.toString()).isEqualTo(200);
    List<JsonObject> list = meds.jsonArray().getValuesAs(JsonObject.class);
    assertThat(list)
        .extracting(m -> m.getString("name"))
        .contains("Metformin", "Atorvastatin", "Ramipril");
    JsonObject metformin =
        list.stream().filter(m -> m.getString("name").equals("Metformin")).findFirst().get();
    assertThat(metformin.getString("dose")).isEqualTo("500 mg");
    assertThat(metformin.getString("prescriber")).isEqualTo("Dr Wei Chen");
    assertThat(metformin.containsKey("refillsRemaining")).isTrue();
    assertThat(metformin.containsKey("id")).isTrue();
    assertThat(Api.auditEntries("alice", "MEDICATIONS_READ", "SUCCESS")).isNotEmpty();
  }

  @Test
  void aRefillWithNoneRemainingIsRefusedClearlyAndNotStored() {
    Api alice = Api.demo("alice");
    long ramipril =
        alice.get("/me/medications").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("name").equals("Ramipril"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long before = alice.get("/refill-requests").total();

    Response refused = alice.post("/refill-requests", refillRequest(ramipril, "please"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.json().getString("detail")).contains("no refills remaining");
    assertThat(alice.get("/refill-requests").total()).isEqualTo(before);
    assertThat(Api.auditEntries("alice", "REFILL_REQUEST", "FAILURE"))
        .anySatisfy(e -> assertThat(e.getString("detail")).isEqualTo("refill.noneRemaining"));
  }

  @Test
  void aPatientRequestsARefillAndTheirPrescriberApprovesIt() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Metoprolol", 2);

    Response created =
        patient.api().post("/refill-requests", refillRequest(medication, "Going away Friday"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("REQUESTED");
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(medication(patient, medication).getBoolean("refillRequestOpen")).isTrue();
    assertThat(listed(drChen.get("/refill-requests?size=200"), id)).isTrue();

    Response approved = drChen.post("/refill-requests/" + id + "/approve");

    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    assertThat(medication(patient, medication).getInt("refillsRemaining")).isEqualTo(1);
    JsonObject mine = items(patient.api().get("/refill-requests")).get(0);
    assertThat(mine.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(mine.getString("status")).isEqualTo("APPROVED");
    assertThat(mine.getString("decidedAt")).isNotBlank();
    assertThat(mine.getString("pharmacy")).isEqualTo("Harbour Pharmacy, Balmain");
    assertThat(listed(drChen.get("/refill-requests?size=200"), id)).isFalse();
    assertThat(listed(drChen.get("/refill-requests?status=APPROVED&size=200"), id)).isTrue();
    JsonObject told = patient.api().get("/me/notifications").json();
    assertThat(told.getInt("unread")).isEqualTo(1);
    assertThat(told.getJsonArray("items").getJsonObject(0).getString("title"))
        .isEqualTo("Refill approved");
    assertThat(told.getJsonArray("items").getJsonObject(0).getString("body"))
        .contains("Metoprolol")
        .contains("Refills left after this one: 1");
    assertThat(Api.auditEntries("dr.chen", "REFILL_APPROVE", "SUCCESS"))
        .anySatisfy(
            e -> {
              assertThat(e.getString("objectId")).isEqualTo(Long.toString(id));
              assertThat(e.getJsonNumber("patientId").longValue()).isEqualTo(patient.patientId());
            });
  }

  @Test
  void aSecondOpenRequestForTheSameMedicationIsAConflict() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Amlodipine", 3);
    requestRefill(patient, medication);

    Response second = patient.api().post("/refill-requests", refillRequest(medication, "again"));

    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().getString("detail")).contains("already asked for a refill");
    assertThat(patient.api().get("/refill-requests").total()).isEqualTo(1);
  }

  @Test
  void theLastRefillOnceApprovedLeavesNoneAndTheNextRequestIsRefused() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Sertraline", 1);
    long id = requestRefill(patient, medication);
    assertThat(drChen.post("/refill-requests/" + id + "/approve").status()).isEqualTo(200);

    Response next = patient.api().post("/refill-requests", refillRequest(medication, "more"));

    assertThat(medication(patient, medication).getInt("refillsRemaining")).isZero();
    assertThat(next.status()).as(next.toString()).isEqualTo(422);
  }

  @Test
  void decidingADecidedRequestIsAConflictAndUsesNoRefill() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Lisinopril", 3);
    long id = requestRefill(patient, medication);
    assertThat(drChen.post("/refill-requests/" + id + "/approve").status()).isEqualTo(200);

    Response again = drChen.post("/refill-requests/" + id + "/approve");
    Response denyAfter = drChen.post("/refill-requests/" + id + "/deny", denial("changed mind"));

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(denyAfter.status()).as(denyAfter.toString()).isEqualTo(409);
    assertThat(medication(patient, medication).getInt("refillsRemaining")).isEqualTo(2);
  }

  @Test
  void aDenialNeedsAReasonWhichThePatientSees() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Omeprazole", 2);
    long id = requestRefill(patient, medication);

    Response noReason = drChen.post("/refill-requests/" + id + "/deny", denial(null));
    Response blank = drChen.post("/refill-requests/" + id + "/deny", denial("   "));
    Response noBody = drChen.post("/refill-requests/" + id + "/deny", "", "application/json");

    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.errorFields()).containsExactly("reason");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);

    Response denied =
        drChen.post("/refill-requests/" + id + "/deny", denial("Please book a review first."));

    assertThat(denied.status()).as(denied.toString()).isEqualTo(200);
    assertThat(denied.json().getString("status")).isEqualTo("DENIED");
    JsonObject mine = items(patient.api().get("/refill-requests?status=DENIED")).get(0);
    assertThat(mine.getString("reason")).isEqualTo("Please book a review first.");
    assertThat(patient.api().get("/me/notifications").json().getJsonArray("items"))
        .extracting(n -> n.asJsonObject().getString("body"))
        .singleElement()
        .asString()
        .contains("not approved: Please book a review first.");
    assertThat(mine.getString("decidedAt")).isNotBlank();
    assertThat(medication(patient, medication).getInt("refillsRemaining")).isEqualTo(2);
    assertThat(medication(patient, medication).getBoolean("refillRequestOpen")).isFalse();
  }

  @Test
  void aClinicianOutsideTheCareTeamCannotDecideOrSeeTheRequest() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Warfarin", 2);
    long id = requestRefill(patient, medication);
    Api drPatel = Api.demo("dr.patel");

    Response approve = drPatel.post("/refill-requests/" + id + "/approve");
    Response deny = drPatel.post("/refill-requests/" + id + "/deny", denial("no"));

    assertThat(approve.status()).as(approve.toString()).isEqualTo(403);
    assertThat(approve.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(deny.status()).isEqualTo(403);
    assertThat(listed(drPatel.get("/refill-requests?size=200"), id)).isFalse();
    assertThat(medication(patient, medication).getInt("refillsRemaining")).isEqualTo(2);
    assertThat(Api.auditEntries("dr.patel", "REFILL_APPROVE", "DENIED"))
        .anySatisfy(
            e -> {
              assertThat(e.getString("objectId")).isEqualTo(Long.toString(id));
              assertThat(e.getJsonNumber("patientId").longValue()).isEqualTo(patient.patientId());
            });
  }

  @Test
  void aCareTeamClinicianWhoDidNotPrescribeMayDecide() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Levothyroxine", 4);
    long id = requestRefill(patient, medication);
    Api.demo("desk.jones")
        .post(
            "/patients/" + patient.patientId() + "/care-team",
            Json.createObjectBuilder()
                .add("practitionerId", Prescribing.practitionerId("nurse.brown"))
                .add("kind", "NURSE")
                .build());

    Response approved = Api.demo("nurse.brown").post("/refill-requests/" + id + "/approve");

    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(medication(patient, medication).getInt("refillsRemaining")).isEqualTo(3);
  }

  @Test
  void patientsCannotDecideNorTouchAnotherPatientsMedication() {
    Patient patient = patientOfDrChen();
    long medication = prescribe(patient, "Metformin", 2);
    long id = requestRefill(patient, medication);
    Patient other = patientOfDrChen();

    Response approve = patient.api().post("/refill-requests/" + id + "/approve");
    Response othersRequest =
        other.api().post("/refill-requests", refillRequest(medication, "not mine"));

    assertThat(approve.status()).as(approve.toString()).isEqualTo(403);
    assertThat(othersRequest.status()).as(othersRequest.toString()).isEqualTo(404);
    assertThat(items(other.api().get("/refill-requests"))).isEmpty();
    assertThat(items(patient.api().get("/refill-requests"))).hasSize(1);
    assertThat(Api.auditEntries(other.username(), "REFILL_REQUEST", "DENIED")).hasSize(1);
  }

  @Test
  void listsArePagedArraysWithATotalAndCheckTheirFilter() {
    Patient patient = patientOfDrChen();
    requestRefill(patient, prescribe(patient, "Aspirin", 2));
    requestRefill(patient, prescribe(patient, "Ezetimibe", 2));

    Response first = patient.api().get("/refill-requests?page=0&size=1");
    Response second = patient.api().get("/refill-requests?page=1&size=1");
    Response bad = patient.api().get("/refill-requests?status=LOST");

    assertThat(items(first)).hasSize(1);
    assertThat(first.total()).isEqualTo(2);
    assertThat(first.header("X-Total-Count")).contains("2");
    assertThat(items(second)).hasSize(1);
    assertThat(second.total()).isEqualTo(2);
    assertThat(items(patient.api().get("/refill-requests?page=2&size=1"))).isEmpty();
    assertThat(items(first).get(0).getJsonNumber("id"))
        .isNotEqualTo(items(second).get(0).getJsonNumber("id"));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
  }

  @Test
  void aRefillRequestChecksItsInput() {
    Patient patient = patientOfDrChen();

    Response noMedication =
        patient.api().post("/refill-requests", Json.createObjectBuilder().add("note", "x").build());
    Response unknown = patient.api().post("/refill-requests", refillRequest(999999999L, "x"));
    Response longNote =
        patient
            .api()
            .post(
                "/refill-requests",
                refillRequest(prescribe(patient, "Atenolol", 1), "x".repeat(1001)));

    assertThat(noMedication.status()).as(noMedication.toString()).isEqualTo(400);
    assertThat(noMedication.errorFields()).containsExactly("medicationId");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(longNote.status()).isEqualTo(400);
    assertThat(longNote.errorFields()).containsExactly("note");
  }
}
