package health.salus.records;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import health.salus.testsupport.Directory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser, records/documents.xhtml: dr.chen finds a new patient's documents empty, uploads a
 * referral (a PDF) and is refused a page disguised as one; alice, in Chinese, sees her documents
 * (not the report still held back) and downloads her discharge summary; dr.chen sees alice's held
 * back report marked and the upload form in Chinese. axe-core checks every page as it arrives.
 */
class DocumentsPageIT {

  @RegisterExtension final Browser browser = new Browser().newForEachTest();

  private static Path file(String name, byte[] content) throws IOException {
    Path file = Files.createTempDirectory("salus-documents").resolve(name);
    Files.write(file, content);
    file.toFile().deleteOnExit();
    return file;
  }

  private void chooseFile(Path file) {
    browser.byId("upload:file").sendKeys(file.toAbsolutePath().toString());
  }

  private static long patientId(String username, String password) {
    return Api.as(username, password).get("/me").json().getInt("patientId");
  }

  @Test
  void drChenUploadsAReferralAndIsRefusedAPageDisguisedAsAPdf() throws IOException {
    Credentials patient = Api.newPatient("docpage");
    long id = patientId(patient.username(), patient.password());
    Directory.joinCareTeam(id, "dr.chen", "GENERAL_PRACTITIONER");

    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/records/documents.xhtml?patientId=" + id);
    assertThat(browser.text("documents:table")).contains("There are no documents yet.");

    browser.type("upload:title", "Referral to physiotherapy");
    new Select(browser.byId("upload:kind")).selectByValue("REFERRAL");
    chooseFile(file("referral.pdf", DocumentsApiIT.pdf("Please see for knee pain.")));
    browser.click("upload:send");
    browser.waitForGrowl("Added the document Referral to physiotherapy.");
    assertThat(browser.text("documents:table"))
        .contains("Referral to physiotherapy")
        .contains("Referral")
        .contains("PDF")
        .contains("Dr Wei Chen");

    browser.type("upload:title", "Scan");
    chooseFile(
        file(
            "scan.pdf",
            "<html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)));
    browser.click("upload:send");
    browser.waitForText("upload", "not a PDF, PNG, JPEG or plain text file");
    assertThat(browser.text("documents:table")).doesNotContain("Scan");
    assertThat(Api.demo("dr.chen").get("/patients/" + id + "/documents").total()).isEqualTo(1);
  }

  @Test
  void aliceSeesHerDocumentsButNotTheReportHeldBackAndDownloadsHerDischargeSummary()
      throws IOException {
    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/records/documents.xhtml");

    assertThat(browser.text("documents:table"))
        .contains("Discharge summary: cellulitis, left leg", "Discharge summary")
        .contains("Endocrinology letter: diabetes review", "Letter")
        .doesNotContain("urine albumin");
    assertThat(browser.exists("upload")).isFalse();

    browser
        .driver()
        .findElement(
            By.xpath(
                "//a[contains(@class,'document-download')]"
                    + "[contains(., 'Discharge summary: cellulitis')]"))
        .click();
    Path download = browser.waitForDownload(".pdf");
    assertThat(download.getFileName().toString()).startsWith("Discharge summary");
    assertThat(new String(Files.readAllBytes(download), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void aPatientReadingChineseSeesTheirDocumentsInChineseAndDownloadsOne() throws IOException {
    browser.useLanguage("zh-CN");
    Credentials patient = Api.newPatient("docpagezh");
    Api.Response chinese =
        Api.as(patient.username(), patient.password()).changeProfile("preferredLanguage", "zh-CN");
    assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
    long id = patientId(patient.username(), patient.password());
    Directory.joinCareTeam(id, "dr.chen", "GENERAL_PRACTITIONER");
    Api gp = Api.demo("dr.chen");
    String documents = "/patients/" + id + "/documents";
    assertThat(
            gp.post(
                    documents
                        + "?title=%E5%87%BA%E9%99%A2%E5%B0%8F%E7%BB%93&kind=DISCHARGE_SUMMARY",
                    DocumentsApiIT.pdf("Discharged home"),
                    "application/pdf")
                .status())
        .isEqualTo(201);
    assertThat(
            gp.post(
                    documents + "?title=Biopsy&kind=REPORT&releaseAt=2099-01-01T00:00:00Z",
                    "Biopsy: to discuss".getBytes(StandardCharsets.UTF_8),
                    "text/plain")
                .status())
        .isEqualTo(201);

    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/records/documents.xhtml");

    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("文件");
    assertThat(browser.text("documents:table")).contains("出院小结", "PDF 文件").doesNotContain("Biopsy");
    browser.driver().findElement(By.cssSelector("a.document-download")).click();
    Path download = browser.waitForDownload(".pdf");
    assertThat(new String(Files.readAllBytes(download), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void drChenSeesAlicesHeldBackReportMarked() {
    long alice = patientId("alice", Api.DEMO_PASSWORD);
    browser.signIn("dr.chen", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.open("/records/documents.xhtml?patientId=" + alice);

    assertThat(browser.text("documents:table"))
        .contains("Pathology report: urine albumin")
        .contains("The patient sees it from");
    browser.open("/records/documents.xhtml");
    assertThat(browser.text("no-patient")).contains("from their record");
  }
}
