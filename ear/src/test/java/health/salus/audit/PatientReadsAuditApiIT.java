package health.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Staff and administrators reading lists that hold patients' data leave one audit entry per patient
 * shown, so that each patient's access history has the read.
 */
class PatientReadsAuditApiIT {

  /** The entries of one actor and action about one patient since {@code from}. */
  private static List<JsonObject> entries(
      String actor, String action, long patientId, Instant from) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("action", action);
    query.put("patientId", patientId);
    query.put("from", from.toString());
    Response page = Api.admin().get("/admin/audit" + Api.query(query));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  private static Instant aMomentAgo() {
    return Instant.now().minus(5, ChronoUnit.SECONDS);
  }

  @Test
  void theStaffInvoiceListRecordsEachPatientWhoseInvoicesItShowed() {
    JsonObject alice = Api.demo("alice").get("/me").json();
    long aliceId = alice.getJsonNumber("patientId").longValue();
    Instant from = aMomentAgo();

    Response listed = Api.demo("desk.jones").get("/invoices" + Api.query(Map.of("q", "alice")));

    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.items())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.getJsonNumber("patientId").longValue()).isEqualTo(aliceId));
    List<JsonObject> reads = entries("desk.jones", "INVOICE_LIST", aliceId, from);
    assertThat(reads).hasSize(1);
    assertThat(reads.get(0).getString("outcome")).isEqualTo("SUCCESS");
  }

  @Test
  void theAdministratorsAccountSearchAndViewRecordThePatient() {
    String username = Api.unique("audited");
    JsonObject created = Api.registerPatient(username, Api.strongPassword());
    long patientId = created.getJsonNumber("patientId").longValue();
    Instant from = aMomentAgo();

    Response found = Api.admin().get("/admin/accounts" + Api.query(Map.of("q", username)));
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().getJsonNumber("total").longValue()).isEqualTo(1);
    Response shown = Api.admin().get("/admin/accounts/" + created.getJsonNumber("id").longValue());
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);

    assertThat(entries("admin", "ACCOUNT_SEARCH", patientId, from)).hasSize(1);
    assertThat(entries("admin", "ACCOUNT_READ", patientId, from)).hasSize(1);
  }

  @Test
  void theFrontDesksPatientSearchRecordsEachPatientFound() {
    String first = Api.unique("sought");
    String second = first + "-twin";
    long firstId =
        Api.registerPatient(first, Api.strongPassword()).getJsonNumber("patientId").longValue();
    long secondId =
        Api.registerPatient(second, Api.strongPassword()).getJsonNumber("patientId").longValue();
    Instant from = aMomentAgo();

    Response found =
        Api.demo("desk.jones").get("/bookable-patients" + Api.query(Map.of("name", first)));

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.jsonArray().getValuesAs(JsonObject.class))
        .extracting(p -> p.getJsonNumber("patientId").longValue())
        .containsExactlyInAnyOrder(firstId, secondId);
    assertThat(entries("desk.jones", "PATIENT_SEARCH", firstId, from)).hasSize(1);
    assertThat(entries("desk.jones", "PATIENT_SEARCH", secondId, from)).hasSize(1);
    assertThat(Api.demo("alice").get("/bookable-patients?name=test").status())
        .as("the front desk's search only")
        .isEqualTo(403);
  }
}
