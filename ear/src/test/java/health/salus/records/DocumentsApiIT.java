package health.salus.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Download;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /patients/{id}/documents}: the GP (care team) uploads a letter, the patient lists it, sees
 * it in the record's documents section and downloads the same bytes as a nosniff, no-store
 * attachment; the type is told from the bytes (an executable or a page sent as a PDF is 415), over
 * the limit is 413, bad input 400, and nothing is stored then; a clinician outside the care team,
 * another patient and a carer without a grant are not found (404, audited DENIED); a document with
 * a release moment reaches the patient and their grantees only from then on; a grant of DOCUMENTS
 * opens them, another grant does not.
 */
class DocumentsApiIT {

  private static final Api GP = Api.demo("dr.chen");

  /** A fresh patient whose GP is dr.chen. */
  private record Patient(Credentials login, long id) {
    Api api() {
      return Api.as(login.username(), login.password());
    }

    String path(String rest) {
      return "/patients/" + id + "/documents" + rest;
    }
  }

  private static Patient patientOfDrChen() {
    Credentials login = Api.newPatient("doc");
    long id = Api.as(login.username(), login.password()).get("/me").json().getInt("patientId");
    Directory.joinCareTeam(id, "dr.chen", "GENERAL_PRACTITIONER");
    return new Patient(login, id);
  }

  static byte[] pdf(String text) {
    Document document = new Document();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(text));
    document.close();
    return out.toByteArray();
  }

  private static String upload(String title, String kind, Instant releaseAt) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("title", title);
    query.put("kind", kind);
    query.put("releaseAt", releaseAt);
    return Api.query(query);
  }

  private static JsonObject created(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json();
  }

  private static long id(JsonObject document) {
    return document.getJsonNumber("id").longValue();
  }

  private static List<String> titles(List<JsonObject> documents) {
    return documents.stream().map(d -> d.getString("title")).toList();
  }

  private static void assertRefused(Response answer, int status, String... fields) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail")).isNotBlank();
    if (fields.length > 0) {
      assertThat(answer.errorFields()).containsExactly(fields);
    }
  }

  private static void assertNotFound(Download answer) {
    assertThat(answer.status()).isEqualTo(404);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void theGpUploadsAndThePatientListsSeesInTheRecordAndDownloadsTheSameBytes() throws Exception {
    Patient patient = patientOfDrChen();
    byte[] letter = pdf("Dear Dr Chen, thank you for referring Mrs Test.");

    Response answer =
        GP.post(
            patient.path(upload("Cardiology letter 心脏科", "letter", null)),
            letter,
            "application/pdf");
    JsonObject uploaded = created(answer);
    assertThat(answer.header("Location").orElseThrow()).endsWith(patient.path("/" + id(uploaded)));
    assertThat(uploaded.getString("title")).isEqualTo("Cardiology letter 心脏科");
    assertThat(uploaded.getString("kind")).isEqualTo("LETTER");
    assertThat(uploaded.getString("contentType")).isEqualTo("application/pdf");
    assertThat(uploaded.getJsonNumber("sizeBytes").longValue()).isEqualTo(letter.length);
    assertThat(uploaded.getString("sha256")).isEqualTo(sha256(letter));
    assertThat(uploaded.getString("uploadedBy")).isEqualTo("Dr Wei Chen");
    assertThat(Instant.parse(uploaded.getString("uploadedAt")))
        .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
    // Plain text sent as "some bytes" is told for what it is.
    JsonObject report =
        created(
            GP.post(
                patient.path(upload("Pathology report", "REPORT", null)),
                "Sodium 139 mmol/L (135-145)\n".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream"));
    assertThat(report.getString("contentType")).isEqualTo("text/plain");

    Response list = patient.api().get(patient.path(""));
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(titles(list.items())).containsExactly("Pathology report", "Cardiology letter 心脏科");
    assertThat(list.total()).isEqualTo(2);
    assertThat(list.body()).doesNotContain("JVBER"); // never the bytes (base64 of %PDF)
    assertThat(titles(patient.api().get(patient.path("?page=1&size=1")).items()))
        .containsExactly("Cardiology letter 心脏科");

    JsonObject record = patient.api().get("/patients/" + patient.id() + "/record").json();
    assertThat(record.getJsonArray("sections").toString()).contains("\"DOCUMENTS\"");
    assertThat(titles(record.getJsonArray("documents").getValuesAs(JsonObject.class)))
        .containsExactly("Pathology report", "Cardiology letter 心脏科");
    assertThat(record.getJsonNumber("documentsTotal").longValue()).isEqualTo(2);

    Download file = patient.api().download(patient.path("/" + id(uploaded) + "/content"));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(letter);
    assertThat(file.header("Content-Type").orElseThrow()).startsWith("application/pdf");
    assertThat(file.header("Content-Disposition").orElseThrow())
        .isEqualTo(
            "attachment; filename=\"Cardiology letter ___.pdf\";"
                + " filename*=UTF-8''Cardiology%20letter%20%E5%BF%83%E8%84%8F%E7%A7%91.pdf");
    assertThat(file.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(file.header("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(patient.api().get(patient.path("/" + id(uploaded))).json().getString("sha256"))
        .isEqualTo(sha256(letter));

    assertThat(Api.auditEntries("dr.chen", "DOCUMENT_ADD", "SUCCESS", patient.id())).hasSize(2);
    assertThat(
            Api.auditEntries(
                patient.login().username(), "DOCUMENT_DOWNLOAD", "SUCCESS", patient.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("objectId")).isEqualTo("" + id(uploaded)));
    assertThat(
            Api.auditEntries(patient.login().username(), "DOCUMENTS_READ", "SUCCESS", patient.id()))
        .isNotEmpty();
    assertThat(GP.get(patient.path("")).items()).hasSize(2);
    assertThat(Api.auditEntries("dr.chen", "DOCUMENTS_READ", "ALLOWED", patient.id()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("CARE"));
  }

  @Test
  void anExecutableOrAPageSentAsAPdfIsRefused415AndBadInput400AndNothingIsStored() {
    Patient patient = patientOfDrChen();
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    byte[] page =
        "<!DOCTYPE html><html><body><script>document.cookie</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] letter = pdf("A letter");

    Response disguised =
        GP.post(patient.path(upload("letter.pdf", "LETTER", null)), exe, "application/pdf");
    assertRefused(disguised, 415, "content");
    assertThat(disguised.json().getString("detail")).contains("PDF, PNG, JPEG");
    assertRefused(
        GP.post(patient.path(upload("letter.pdf", "LETTER", null)), page, "application/pdf"), 415);
    assertRefused(
        GP.post(patient.path(upload("Letter", "LETTER", null)), new byte[0], "application/pdf"),
        400,
        "content");
    assertRefused(
        GP.post(patient.path(upload(" ", "LETTER", null)), letter, "application/pdf"),
        400,
        "title");
    assertRefused(GP.post(patient.path("?kind=LETTER"), letter, "application/pdf"), 400, "title");
    assertRefused(
        GP.post(patient.path(upload("x".repeat(201), "LETTER", null)), letter, "application/pdf"),
        400,
        "title");
    assertRefused(
        GP.post(patient.path(upload("Letter", "MEMO", null)), letter, "application/pdf"),
        400,
        "kind");
    assertRefused(
        GP.post(
            patient.path("?title=Letter&kind=LETTER&releaseAt=tomorrow"),
            letter,
            "application/pdf"),
        400,
        "releaseAt");
    assertThat(
            GP.post(
                    "/patients/" + Long.MAX_VALUE + "/documents" + upload("Letter", "LETTER", null),
                    letter,
                    "application/pdf")
                .status())
        .isEqualTo(404);

    assertThat(GP.get(patient.path("")).total()).isZero();
    assertThat(Api.auditEntries("dr.chen", "DOCUMENT_ADD", "SUCCESS", patient.id())).isEmpty();
  }

  @Test
  void aDocumentOverTheLimitIsRefused413() {
    Patient patient = patientOfDrChen();
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    byte[] magic = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, tooLarge, 0, magic.length);

    Response answer =
        GP.post(patient.path(upload("Scan", "REPORT", null)), tooLarge, "application/pdf");

    assertRefused(answer, 413, "content");
    assertThat(answer.json().getString("detail")).contains("10 MB");
    assertThat(GP.get(patient.path("")).total()).isZero();
  }

  @Test
  void outsidersAreNotFoundAuditedAndCannotUpload() {
    Patient patient = patientOfDrChen();
    Patient other = patientOfDrChen();
    long letter =
        id(
            created(
                GP.post(
                    patient.path(upload("Letter", "LETTER", null)),
                    pdf("Private"),
                    "application/pdf")));
    Api patel = Api.demo("dr.patel");

    assertThat(
            patel
                .post(patient.path(upload("Letter", "LETTER", null)), pdf("x"), "application/pdf")
                .status())
        .isEqualTo(404);
    assertThat(patel.get(patient.path("")).status()).isEqualTo(404);
    assertNotFound(patel.download(patient.path("/" + letter + "/content")));
    assertThat(other.api().get(patient.path("")).status()).isEqualTo(404);
    assertNotFound(other.api().download(patient.path("/" + letter + "/content")));
    assertNotFound(Api.demo("carol").download(patient.path("/" + letter + "/content")));
    // The patient may not upload, not even to their own record.
    assertThat(
            patient
                .api()
                .post(patient.path(upload("Mine", "OTHER", null)), pdf("x"), "application/pdf")
                .status())
        .isEqualTo(403);
    // A document is found only under its own patient, even by the care team of both.
    assertNotFound(GP.download(other.path("/" + letter + "/content")));
    assertNotFound(GP.download(patient.path("/" + Long.MAX_VALUE + "/content")));

    assertThat(Api.auditEntries("dr.patel", "DOCUMENT_ADD", "DENIED", patient.id())).hasSize(1);
    assertThat(Api.auditEntries("dr.patel", "DOCUMENTS_READ", "DENIED", patient.id())).hasSize(1);
    assertThat(Api.auditEntries("dr.patel", "DOCUMENT_DOWNLOAD", "DENIED", patient.id()))
        .hasSize(1);
    assertThat(
            Api.auditEntries(other.login().username(), "DOCUMENT_DOWNLOAD", "DENIED", patient.id()))
        .hasSize(1);
    assertThat(GP.get(patient.path("")).total()).isEqualTo(1);
  }

  @Test
  void anUnreleasedDocumentReachesThePatientAndGranteesOnlyFromItsReleaseButTheGpAtOnce() {
    Patient patient = patientOfDrChen();
    long biopsy =
        id(
            created(
                GP.post(
                    patient.path(
                        upload("Biopsy report", "REPORT", Instant.now().plus(Duration.ofDays(3)))),
                    pdf("Biopsy: findings to discuss"),
                    "application/pdf")));
    long letter =
        id(
            created(
                GP.post(
                    patient.path(upload("Discharge summary", "DISCHARGE_SUMMARY", null)),
                    pdf("Discharged home"),
                    "application/pdf")));
    Credentials carer = Api.newPatient("doccarer");
    Credentials friend = Api.newPatient("docfriend");
    grant(patient, carer, "DOCUMENTS");
    grant(patient, friend, "MEDICATIONS");
    Api carerApi = Api.as(carer.username(), carer.password());
    Api friendApi = Api.as(friend.username(), friend.password());

    assertThat(titles(patient.api().get(patient.path("")).items()))
        .containsExactly("Discharge summary");
    assertThat(patient.api().get(patient.path("")).total()).isEqualTo(1);
    assertNotFound(patient.api().download(patient.path("/" + biopsy + "/content")));
    assertThat(patient.api().get(patient.path("/" + biopsy)).status()).isEqualTo(404);
    assertThat(
            titles(
                patient
                    .api()
                    .get("/patients/" + patient.id() + "/record")
                    .json()
                    .getJsonArray("documents")
                    .getValuesAs(JsonObject.class)))
        .containsExactly("Discharge summary");
    assertThat(titles(GP.get(patient.path("")).items()))
        .containsExactlyInAnyOrder("Discharge summary", "Biopsy report");
    assertThat(GP.download(patient.path("/" + biopsy + "/content")).status()).isEqualTo(200);

    assertThat(titles(carerApi.get(patient.path("")).items())).containsExactly("Discharge summary");
    assertThat(carerApi.download(patient.path("/" + letter + "/content")).status()).isEqualTo(200);
    assertNotFound(carerApi.download(patient.path("/" + biopsy + "/content")));
    assertThat(Api.auditEntries(carer.username(), "DOCUMENTS_READ", "ALLOWED", patient.id()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("purpose")).isEqualTo("CONSENT"));

    assertThat(friendApi.get(patient.path("")).status()).isEqualTo(404);
    assertNotFound(friendApi.download(patient.path("/" + letter + "/content")));
    JsonObject friendsRecord = friendApi.get("/patients/" + patient.id() + "/record").json();
    assertThat(friendsRecord.containsKey("documents")).isFalse();
    assertThat(Api.auditEntries(friend.username(), "DOCUMENT_DOWNLOAD", "DENIED", patient.id()))
        .hasSize(1);
  }

  private static void grant(Patient patient, Credentials grantee, String category) {
    patient.api().grant(grantee.username(), Duration.ofDays(30), false, category);
  }
}
