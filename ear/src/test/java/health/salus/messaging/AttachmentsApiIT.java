package health.salus.messaging;

import static health.salus.messaging.Messaging.inbox;
import static health.salus.messaging.Messaging.messages;
import static health.salus.messaging.Messaging.open;
import static health.salus.messaging.Messaging.start;
import static health.salus.messaging.Messaging.toCareTeam;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Download;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files sent with messages: the type is told from the bytes (a file called .pdf that is HTML or a
 * program is refused), each at most 5 MB and three a message, a refused file stores nothing, the
 * name is made safe, and only the thread's participants download, as an attachment never sniffed.
 */
class AttachmentsApiIT {

  private static final Api CHEN = Api.demo("dr.chen");

  private static Response send(Api who, String path, Multipart form) {
    return who.post(path, form.bytes(), form.contentType());
  }

  private static Multipart toCareTeamWith(String subject) {
    return new Multipart()
        .field("toTeam", "CARE_TEAM")
        .field("subject", subject)
        .field("body", "Please see the file.");
  }

  private static void assertProblem(Response answer, int status, String saying) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).contains(saying);
  }

  private static JsonObject onlyAttachment(JsonObject thread) {
    List<JsonObject> files =
        messages(thread).get(0).getJsonArray("attachments").getValuesAs(JsonObject.class);
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  @Test
  void thePatientSendsAPdfTheCareTeamDownloadsTheSameBytesAsAnAttachmentNeverSniffed() {
    TestPatient patient = TestPatient.withGp("att", "dr.chen");
    byte[] pdf = Multipart.pdf();

    Response created =
        send(
            patient.api(),
            "/threads",
            toCareTeamWith("My results")
                .file("/home/me/Documents/My <results>.pdf", "application/octet-stream", pdf));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    JsonObject file = onlyAttachment(open(CHEN, id));
    assertThat(file.getString("fileName")).isEqualTo("My _results.pdf");
    assertThat(file.getString("contentType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("sizeBytes").longValue()).isEqualTo(pdf.length);
    long fileId = file.getJsonNumber("id").longValue();

    Download download = CHEN.download("/threads/" + id + "/attachments/" + fileId);

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.header("Content-Type").orElseThrow()).startsWith("application/pdf");
    assertThat(download.header("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("My _results.pdf")
        .doesNotContain("home");
    assertThat(download.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(patient.api().download("/threads/" + id + "/attachments/" + fileId).body())
        .isEqualTo(pdf);
    assertThat(Api.auditEntries("dr.chen", "MESSAGE_ATTACHMENT_DOWNLOAD", "SUCCESS", patient.id()))
        .hasSize(1);
  }

  @Test
  void aFileCalledPdfThatIsAWebPageOrAProgramIsRefusedAndNothingStored() {
    TestPatient patient = TestPatient.withGp("att", "dr.chen");
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] program = new byte[512];
    program[0] = 'M';
    program[1] = 'Z';
    program[0x3c] = (byte) 0x80;
    program[0x80] = 'P';
    program[0x81] = 'E';

    Response page =
        send(
            patient.api(),
            "/threads",
            toCareTeamWith("Web page").file("scan.pdf", "application/pdf", html));
    Response exe =
        send(
            patient.api(),
            "/threads",
            toCareTeamWith("Program").file("scan.pdf", "application/pdf", program));

    assertProblem(page, 415, "PDF");
    assertProblem(exe, 415, "PDF");
    assertThat(inbox(patient.api())).isEmpty();
    assertThat(
            Api.auditEntries(patient.username(), "MESSAGE_THREAD_START", "FAILURE", patient.id()))
        .hasSize(2);
  }

  @Test
  void aFileOverFiveMegabytesAndAFourthFileAreRefusedAndNothingStored() {
    TestPatient patient = TestPatient.withGp("att", "dr.chen");
    long id = start(patient.api(), toCareTeam("Files", "I will send files.", null));
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    Arrays.fill(large, (byte) 'a');
    byte[] text = "my readings".getBytes(StandardCharsets.UTF_8);

    Response tooLarge =
        send(
            patient.api(),
            "/threads/" + id + "/messages",
            new Multipart().field("body", "big").file("big.txt", "text/plain", large));
    Response tooMany =
        send(
            patient.api(),
            "/threads/" + id + "/messages",
            new Multipart()
                .field("body", "four")
                .file("1.txt", "text/plain", text)
                .file("2.txt", "text/plain", text)
                .file("3.txt", "text/plain", text)
                .file("4.txt", "text/plain", text));
    Response three =
        send(
            patient.api(),
            "/threads/" + id + "/messages",
            new Multipart()
                .field("body", "three")
                .file("1.txt", "text/plain", text)
                .file("2.txt", "text/plain", text)
                .file("3.txt", "text/plain", text));

    assertProblem(tooLarge, 413, "5 MB");
    assertProblem(tooMany, 422, "3");
    assertThat(three.status()).as(three.toString()).isEqualTo(201);
    List<JsonObject> sent = messages(open(patient.api(), id));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getJsonArray("attachments")).hasSize(3);
  }

  @Test
  void onlyTheThreadsParticipantsDownloadItsFiles() {
    TestPatient patient = TestPatient.withGp("att", "dr.chen");
    TestPatient other = TestPatient.withGp("att", "dr.chen");
    long id =
        send(
                patient.api(),
                "/threads",
                toCareTeamWith("Private").file("note.txt", "text/plain", "private".getBytes()))
            .json()
            .getJsonNumber("id")
            .longValue();
    long fileId = onlyAttachment(open(patient.api(), id)).getJsonNumber("id").longValue();
    long othersThread = start(other.api(), toCareTeam("Mine", "hello", null));
    String path = "/threads/" + id + "/attachments/" + fileId;

    assertThat(other.api().download(path).status()).isEqualTo(404);
    assertThat(Api.demo("dr.patel").download(path).status()).isEqualTo(404);
    assertThat(other.api().download("/threads/" + othersThread + "/attachments/" + fileId).status())
        .as("the file through a thread of one's own")
        .isEqualTo(404);
    assertThat(CHEN.download(path).status()).isEqualTo(200);
  }
}
