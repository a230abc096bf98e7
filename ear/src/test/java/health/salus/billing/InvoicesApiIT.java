package health.salus.billing;

import static health.salus.testsupport.Api.registerPatient;
import static health.salus.testsupport.Api.strongPassword;
import static health.salus.testsupport.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.AppointmentEvents;
import health.salus.testsupport.Deployments;
import health.salus.testsupport.Directory;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing API over HTTP: a patient sees their own invoices and balance and nobody else's, staff
 * record payments and voids within the rules, the PDF is a real PDF. The invoices these rules need
 * come from completion events fired through the test deployment: a real completion needs an
 * appointment whose start has passed (about a minute's wait for each of these invoices). The real
 * chain, booking to completion to invoice, is {@link CompletedAppointmentChainIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoicesApiIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private String username;
  private String password;
  private long patientId;
  private Api patient;
  private final Api desk = Api.demo("desk.jones");

  @BeforeEach
  void newPatient() {
    username = unique("payer");
    password = strongPassword();
    patientId = registerPatient(username, password).getJsonNumber("patientId").longValue();
    patient = Api.as(username, password);
  }

  /** Completes an appointment with dr.chen in the mode; the invoice billing made for it. */
  private JsonObject completedAppointment(String mode) {
    long chen = Directory.practitionerId("dr.chen");
    JsonObject fired =
        Json.createObjectBuilder()
            .add("kind", "COMPLETED")
            .add("appointmentId", AppointmentEvents.newAppointmentId())
            .add("patientId", patientId)
            .add("practitionerId", chen)
            .add("mode", mode)
            .add("start", Instant.now().minus(1, ChronoUnit.HOURS).toString())
            .build();
    String url = Api.baseUrl().replace("/salus", Deployments.CONTEXT_ROOT);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/api/v1/test/appointment-events"))
            .header("Content-Type", "application/json")
            .header("Authorization", Api.basic("desk.jones", Api.DEMO_PASSWORD))
            .POST(HttpRequest.BodyPublishers.ofString(fired.toString()))
            .build();
    String ids = send(request, HttpResponse.BodyHandlers.ofString()).body();
    JsonArray invoiceIds = Json.createReader(new java.io.StringReader(ids)).readArray();
    assertThat(invoiceIds).hasSize(1);
    Response invoice = patient.get("/invoices/" + invoiceIds.getJsonNumber(0).longValue());
    assertThat(invoice.status()).as(invoice.toString()).isEqualTo(200);
    return invoice.json();
  }

  private static JsonObject payment(String amount, String method) {
    return Json.createObjectBuilder()
        .add("amount", new BigDecimal(amount))
        .add("method", method)
        .add("reference", "R-" + amount)
        .build();
  }

  private static BigDecimal money(JsonObject object, String field) {
    return object.getJsonNumber(field).bigDecimalValue();
  }

  @Test
  void patientSeesOwnInvoicesAndBalanceButNotAnotherPatients() {
    JsonObject invoice = completedAppointment("IN_PERSON");
    assertThat(invoice.getString("number")).matches("INV-\\d{4}-\\d{6}");
    assertThat(money(invoice, "total")).isEqualByComparingTo("95.00");
    assertThat(money(invoice, "balance")).isEqualByComparingTo("95.00");
    assertThat(invoice.getString("status")).isEqualTo("ISSUED");
    assertThat(invoice.getJsonArray("lines")).hasSize(1);

    Response own = patient.get("/invoices?page=0&size=10");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(own.items().get(0).getInt("id")).isEqualTo(invoice.getInt("id"));
    Response balance = patient.get("/me/balance");
    assertThat(money(balance.json(), "outstanding")).isEqualByComparingTo("95.00");
    assertThat(balance.json().getInt("openInvoices")).isEqualTo(1);

    String otherName = unique("other");
    String otherPassword = strongPassword();
    registerPatient(otherName, otherPassword);
    Api other = Api.as(otherName, otherPassword);
    assertThat(other.get("/invoices/" + invoice.getInt("id")).status()).isEqualTo(404);
    assertThat(pdf(otherName, otherPassword, invoice.getInt("id")).statusCode()).isEqualTo(404);
    assertThat(other.get("/invoices").json().getJsonNumber("total").longValue()).isZero();
    assertThat(other.get("/invoices?patientId=" + patientId).status()).isEqualTo(403);
    assertThat(money(other.get("/me/balance").json(), "outstanding")).isEqualByComparingTo("0");

    Response staffView = desk.get("/invoices?patientId=" + patientId);
    assertThat(staffView.status()).isEqualTo(200);
    assertThat(staffView.json().getJsonNumber("total").longValue()).isEqualTo(1);
  }

  @Test
  void staffRecordPaymentsAndTheStatusFollowsTheBalance() {
    JsonObject invoice = completedAppointment("PHONE");
    String path = "/invoices/" + invoice.getInt("id") + "/payments";

    Response first = desk.post(path, payment("30.00", "CASH"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/invoices/" + invoice.getInt("id")));
    assertThat(money(first.json(), "balance")).isEqualByComparingTo("45.00");
    assertThat(first.json().getString("status")).isEqualTo("PART_PAID");
    assertThat(money(patient.get("/me/balance").json(), "outstanding"))
        .isEqualByComparingTo("45.00");

    Response rest = desk.post(path, payment("45", "MEDICARE_REBATE"));
    assertThat(rest.status()).isEqualTo(201);
    assertThat(money(rest.json(), "balance")).isEqualByComparingTo("0");
    assertThat(rest.json().getString("status")).isEqualTo("PAID");
    JsonArray payments =
        patient.get("/invoices/" + invoice.getInt("id")).json().getJsonArray("payments");
    assertThat(payments).hasSize(2);
    assertThat(payments.getJsonObject(0).getString("recordedBy")).isEqualTo("desk.jones");
    assertThat(Api.auditEntries("desk.jones", "PAYMENT_RECORD", "SUCCESS"))
        .anySatisfy(
            e ->
                assertThat(e.getString("objectId"))
                    .isEqualTo(Integer.toString(invoice.getInt("id"))));
  }

  @Test
  void refusesOverpaymentsBadAmountsAndNonStaff() {
    JsonObject invoice = completedAppointment("IN_PERSON");
    String path = "/invoices/" + invoice.getInt("id") + "/payments";

    Response over = desk.post(path, payment("95.01", "CARD"));
    assertThat(over.status()).isEqualTo(422);
    assertThat(over.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(over.json().getString("detail")).contains("95.00");

    for (String amount : new String[] {"0", "-5", "10.001"}) {
      Response bad = desk.post(path, payment(amount, "CARD"));
      assertThat(bad.status()).as(amount).isEqualTo(400);
      assertThat(bad.errorFields()).containsExactly("amount");
    }
    assertThat(desk.post(path, Json.createObjectBuilder().add("method", "CARD").build()).status())
        .isEqualTo(400);
    assertThat(
            desk.post(path, "{\"amount\": \"lots\", \"method\": \"CARD\"}", "application/json")
                .status())
        .isEqualTo(400);
    assertThat(desk.post(path, payment("10", "BITCOIN")).status()).isEqualTo(400);
    assertThat(desk.post("/invoices/999999999/payments", payment("10", "CARD")).status())
        .isEqualTo(404);

    assertThat(patient.post(path, payment("10", "CARD")).status()).isEqualTo(403);
    assertThat(Api.demo("dr.chen").post(path, payment("10", "CARD")).status()).isEqualTo(403);

    JsonObject unchanged = patient.get("/invoices/" + invoice.getInt("id")).json();
    assertThat(money(unchanged, "balance")).isEqualByComparingTo("95.00");
    assertThat(unchanged.getJsonArray("payments")).isEmpty();
  }

  @Test
  void aPaymentOnAStaleViewIsAConflict() {
    JsonObject invoice = completedAppointment("VIDEO");
    String path = "/invoices/" + invoice.getInt("id") + "/payments";
    long seen = invoice.getJsonNumber("version").longValue();
    JsonObject first = Json.createObjectBuilder(payment("10", "CARD")).add("version", seen).build();
    assertThat(desk.post(path, first).status()).isEqualTo(201);

    Response stale =
        desk.post(
            path, Json.createObjectBuilder(payment("10", "CASH")).add("version", seen).build());
    assertThat(stale.status()).isEqualTo(409);
    assertThat(money(patient.get("/invoices/" + invoice.getInt("id")).json(), "amountPaid"))
        .isEqualByComparingTo("10.00");
  }

  @Test
  void staffVoidWithAReasonOnlyWithoutPayments() {
    JsonObject unpaid = completedAppointment("IN_PERSON");
    String voidPath = "/invoices/" + unpaid.getInt("id") + "/void";
    assertThat(
            patient.post(voidPath, Json.createObjectBuilder().add("reason", "x").build()).status())
        .isEqualTo(403);
    Response noReason = desk.post(voidPath, Json.createObjectBuilder().add("reason", " ").build());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.errorFields()).containsExactly("reason");

    Response voided =
        desk.post(voidPath, Json.createObjectBuilder().add("reason", "Billed in error").build());
    assertThat(voided.status()).isEqualTo(200);
    assertThat(voided.json().getString("status")).isEqualTo("VOID");
    assertThat(money(voided.json(), "balance")).isEqualByComparingTo("0");
    assertThat(money(patient.get("/me/balance").json(), "outstanding")).isEqualByComparingTo("0");
    assertThat(
            desk.post("/invoices/" + unpaid.getInt("id") + "/payments", payment("1", "CARD"))
                .status())
        .isEqualTo(422);

    JsonObject paid = completedAppointment("PHONE");
    desk.post("/invoices/" + paid.getInt("id") + "/payments", payment("5", "CARD"));
    Response refused =
        desk.post(
            "/invoices/" + paid.getInt("id") + "/void",
            Json.createObjectBuilder().add("reason", "too late").build());
    assertThat(refused.status()).isEqualTo(422);
  }

  @Test
  void theInvoicePdfIsAPdfWithTheInvoiceInIt() throws IOException {
    JsonObject invoice = completedAppointment("IN_PERSON");
    HttpResponse<byte[]> pdf = pdf(username, password, invoice.getInt("id"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = text(pdf.body());
    assertThat(text)
        .contains(invoice.getString("number"))
        .contains("Harbourside Health")
        .contains("51 824 753 556")
        .contains("GP standard consultation")
        .contains("$95.00")
        .doesNotContain("Tax invoice");
  }

  @Test
  void anInvoiceWithGstIsATaxInvoice() throws IOException {
    // Alice's demo invoice carries a taxable medical report (read only).
    JsonObject taxable = alicesTaxableInvoice();
    String text = text(pdf("alice", Api.DEMO_PASSWORD, taxable.getInt("id")).body());
    assertThat(text)
        .contains("Tax invoice")
        .contains(taxable.getString("number"))
        .contains("$6.00");
  }

  @Test
  void aCallerWhoReadsChineseGetsTheInvoiceInChinese() throws IOException {
    JsonObject taxable = alicesTaxableInvoice();
    byte[] pdf = pdf("alice", Api.DEMO_PASSWORD, taxable.getInt("id"), "zh-CN,zh;q=0.9").body();

    assertThat(text(pdf))
        .contains("\u7a0e\u52a1\u53d1\u7968") // tax invoice
        .contains(taxable.getString("number"))
        .contains("AU$6.00");
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1))
        .containsPattern("/[A-Z]{6}\\+NotoSansSC");
  }

  @Test
  void everyoneSignedInReadsTheFeeScheduleAndStaffKeepIt() {
    JsonArray items = patient.get("/fee-schedule").jsonArray();
    assertThat(items.getValuesAs(JsonObject.class))
        .anySatisfy(
            i -> {
              assertThat(i.getString("itemCode")).isEqualTo("REPORT-NC");
              assertThat(i.getBoolean("gstApplicable")).isTrue();
              assertThat(money(i, "feeInclGst")).isEqualByComparingTo("66.00");
            });

    String code = "T-" + unique("x").substring(2).toUpperCase();
    JsonObject item =
        Json.createObjectBuilder()
            .add("itemCode", code)
            .add("description", "Travel letter (non-clinical)")
            .add("fee", new BigDecimal("33.35"))
            .add("gstApplicable", true)
            .add("validFrom", "2026-01-01")
            .build();
    assertThat(patient.post("/fee-schedule", item).status()).isEqualTo(403);
    Response created = desk.post("/fee-schedule", item);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(money(created.json(), "feeInclGst")).isEqualByComparingTo("36.69");

    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();
    JsonObject revision =
        Json.createObjectBuilder()
            .add("description", "Travel letter")
            .add("fee", new BigDecimal("40.00"))
            .add("gstApplicable", true)
            .add("version", version)
            .build();
    Response revised = Api.admin().put("/fee-schedule/" + id, revision);
    assertThat(revised.status()).isEqualTo(200);
    assertThat(money(revised.json(), "fee")).isEqualByComparingTo("40.00");
    assertThat(desk.put("/fee-schedule/" + id, revision).status()).isEqualTo(409);
    assertThat(desk.post("/fee-schedule", Api.with(item, "fee", Json.createValue(-1))).status())
        .isEqualTo(400);
  }

  /** Alice's demo invoice that carries a taxable medical report (read only). */
  private static JsonObject alicesTaxableInvoice() {
    return Api.demo("alice")
        .get("/invoices")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> money(i, "gst").signum() > 0)
        .findFirst()
        .orElseThrow();
  }

  private static HttpResponse<byte[]> pdf(String user, String password, int invoiceId) {
    return pdf(user, password, invoiceId, "en-AU");
  }

  private static HttpResponse<byte[]> pdf(
      String user, String password, int invoiceId, String acceptLanguage) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/invoices/" + invoiceId + "/pdf"))
            .header("Accept", "application/pdf")
            .header("Accept-Language", acceptLanguage)
            .header("Authorization", Api.basic(user, password))
            .GET()
            .build();
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
