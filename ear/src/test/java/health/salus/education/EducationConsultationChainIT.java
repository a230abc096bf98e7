package health.salus.education;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What follows an educator's "mark as done", over HTTP and without a made-up event: the same chain
 * as a clinician's completed consultation. The patient is invited to rate it (in the inbox and in
 * {@code GET /me/feedback-invitations}); billing prices it from the educator's own fee: a fee of
 * 0.00 (the demo's edu.nguyen, health education free to the patient) makes no invoice and is
 * audited as {@code INVOICE_NO_CHARGE}, a priced one an invoice of that fee.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EducationConsultationChainIT {

  private static final Api DESK = Api.demo("desk.jones");

  /** The educator's own VIDEO fee from yesterday on (in force today wherever the day is). */
  private static void videoFee(Educator educator, String code, String fee) {
    Response created =
        DESK.post(
            "/fee-schedule",
            Json.createObjectBuilder()
                .add("practitionerId", educator.practitionerId())
                .add("mode", "VIDEO")
                .add("itemCode", code)
                .add("description", "Diabetes education video consultation")
                .add("fee", new BigDecimal(fee))
                .add("gstApplicable", false)
                .add("validFrom", LocalDate.now().minusDays(1).toString())
                .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  /**
   * The patient books a video call with the educator that starts now; the educator completes it.
   */
  private static long completedCall(Educator educator, TestPatient patient) {
    JsonObject call =
        Appointments.imminentAppointment(patient.api(), educator.practitionerId(), "VIDEO");
    long id = call.getJsonNumber("id").longValue();
    Response done = educator.api().post("/appointments/" + id + "/complete-education");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("COMPLETED");
    return id;
  }

  private static void assertInvitedToRate(TestPatient patient, long id, Educator educator) {
    List<JsonObject> invitations =
        patient.api().get("/me/feedback-invitations").jsonArray().getValuesAs(JsonObject.class);
    assertThat(invitations)
        .as("invited to rate the call")
        .anySatisfy(i -> assertThat(i.getJsonNumber("appointmentId").longValue()).isEqualTo(id));
    List<JsonObject> inbox =
        patient
            .api()
            .get("/me/notifications")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(inbox)
        .extracting(n -> n.getString("title"))
        .containsExactlyInAnyOrder("Appointment booked", "How was your appointment?");
    assertThat(inbox)
        .allSatisfy(n -> assertThat(n.getString("body")).contains(educator.fullName()));
  }

  @Test
  void aFreeEducationCallInvitesARatingAndBillsNothing() {
    Educator educator = Educator.create("edu-free");
    videoFee(educator, "EDU-T-FREE", "0.00");
    TestPatient patient = TestPatient.register("edu-free-pt");

    long id = completedCall(educator, patient);

    assertInvitedToRate(patient, id, educator);
    assertThat(patient.api().get("/invoices").json().getJsonNumber("total").longValue())
        .as("no $0 invoice")
        .isZero();
    assertThat(
            patient.api().get("/me/balance").json().getJsonNumber("outstanding").bigDecimalValue())
        .isEqualByComparingTo("0");
    assertThat(Api.auditEntries(educator.username(), "INVOICE_NO_CHARGE", "SUCCESS", patient.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("EDU-T-FREE"));
    assertThat(Api.auditEntries(educator.username(), "INVOICE_ISSUE", "FAILURE", patient.id()))
        .as("a free service is no missing fee")
        .isEmpty();
  }

  @Test
  void aPricedEducationCallIsInvoicedAtTheEducatorsOwnFee() {
    Educator educator = Educator.create("edu-paid");
    videoFee(educator, "EDU-T-PAID", "45.00");
    TestPatient patient = TestPatient.register("edu-paid-pt");

    long id = completedCall(educator, patient);

    assertInvitedToRate(patient, id, educator);
    JsonObject invoices = patient.api().get("/invoices").json();
    assertThat(invoices.getJsonNumber("total").longValue()).isEqualTo(1);
    long invoiceId =
        invoices.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject invoice = patient.api().get("/invoices/" + invoiceId).json();
    assertThat(invoice.getJsonNumber("appointmentId").longValue()).isEqualTo(id);
    assertThat(invoice.getString("practitionerName")).isEqualTo(educator.fullName());
    assertThat(invoice.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("45.00");
    assertThat(invoice.toString()).contains("EDU-T-PAID");
    assertThat(Api.auditEntries(educator.username(), "INVOICE_NO_CHARGE", "SUCCESS", patient.id()))
        .isEmpty();
  }

  /** The educators' default VIDEO item of the fee schedule (the demo's, at 0.00). */
  private static JsonObject educatorsVideoDefault() {
    return DESK.get("/fee-schedule").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("itemCode").equals("EDU-DEFAULT-VIDEO"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no educators' default VIDEO item"));
  }

  private static void reviseFee(JsonObject item, String fee) {
    Response revised =
        Api.admin()
            .put(
                "/fee-schedule/" + item.getJsonNumber("id").longValue(),
                Json.createObjectBuilder()
                    .add("description", item.getString("description"))
                    .add("fee", new BigDecimal(fee))
                    .add("gstApplicable", false)
                    .add("version", item.getJsonNumber("version").longValue())
                    .build());
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
  }

  @Test
  void anEducatorWithoutAFeeOfTheirOwnIsPricedByTheEducatorsDefaultNeverTheGps() {
    JsonObject fallback = educatorsVideoDefault();
    assertThat(fallback.getBoolean("forEducators")).isTrue();
    assertThat(fallback.containsKey("practitionerId")).isFalse();
    assertThat(fallback.getJsonNumber("fee").bigDecimalValue()).isEqualByComparingTo("0");
    Educator educator = Educator.create("edu-nofee");
    TestPatient free = TestPatient.register("edu-nofee-pt");

    completedCall(educator, free);

    assertThat(free.api().get("/invoices").json().getJsonNumber("total").longValue())
        .as("the educators' default is 0.00: no invoice, not the GP's fee")
        .isZero();
    assertThat(Api.auditEntries(educator.username(), "INVOICE_NO_CHARGE", "SUCCESS", free.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("EDU-DEFAULT-VIDEO"));

    // The administrator prices the educators' default: an educator without a fee of their own
    // is invoiced at it (and put back to no charge after, for the other tests).
    reviseFee(fallback, "25.00");
    try {
      TestPatient priced = TestPatient.register("edu-default-pt");
      completedCall(educator, priced);
      JsonObject invoices = priced.api().get("/invoices").json();
      assertThat(invoices.getJsonNumber("total").longValue()).isEqualTo(1);
      long invoiceId =
          invoices.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
      JsonObject invoice = priced.api().get("/invoices/" + invoiceId).json();
      assertThat(invoice.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("25.00");
      assertThat(invoice.toString()).contains("EDU-DEFAULT-VIDEO");
    } finally {
      reviseFee(educatorsVideoDefault(), "0.00");
    }
  }

  @Test
  void theEducatorsDefaultNamesNoPractitionerAndHasAMode() {
    Educator educator = Educator.create("edu-default-bad");
    var item =
        Json.createObjectBuilder()
            .add("itemCode", "EDU-DEF-BAD")
            .add("description", "Wrong")
            .add("fee", new BigDecimal("10.00"))
            .add("gstApplicable", false)
            .add("validFrom", LocalDate.now().plusYears(5).toString())
            .add("forEducators", true);

    Response withPractitioner =
        Api.admin()
            .post(
                "/fee-schedule",
                item.add("practitionerId", educator.practitionerId()).add("mode", "VIDEO").build());
    Response withoutMode =
        Api.admin()
            .post(
                "/fee-schedule",
                Json.createObjectBuilder()
                    .add("itemCode", "EDU-DEF-BAD")
                    .add("description", "Wrong")
                    .add("fee", new BigDecimal("10.00"))
                    .add("gstApplicable", false)
                    .add("validFrom", LocalDate.now().plusYears(5).toString())
                    .add("forEducators", true)
                    .build());

    assertThat(withPractitioner.status()).as(withPractitioner.toString()).isEqualTo(400);
    assertThat(withoutMode.status()).as(withoutMode.toString()).isEqualTo(400);
    assertThat(DESK.get("/fee-schedule").toString()).doesNotContain("EDU-DEF-BAD");
  }

  @Test
  void theDemoEducatorsConsultationsAreFreeInTheFeeSchedule() {
    List<JsonObject> items = DESK.get("/fee-schedule").jsonArray().getValuesAs(JsonObject.class);
    for (String mode : List.of("IN_PERSON", "VIDEO", "PHONE")) {
      assertThat(items)
          .as("edu.nguyen's %s fee", mode)
          .anySatisfy(
              i -> {
                assertThat(i.getString("practitionerName", "")).isEqualTo("Linh Nguyen");
                assertThat(i.getString("mode", "")).isEqualTo(mode);
                assertThat(i.getJsonNumber("fee").bigDecimalValue()).isEqualByComparingTo("0");
              });
    }
  }
}
