package health.salus.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import health.salus.testsupport.PageSession;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** In the browser: the patient's payments page and the front desk's billing page (read only). */
class BillingPagesIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aNewPatientSeesAnEmptyPaymentsPageAndNoBalance() {
    String username = Api.unique("web");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);

    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-billing")).isFalse();
    browser.click("menu-invoices");

    browser.waitForPath("/billing/invoices.xhtml");
    assertThat(browser.exists("invoices-empty")).isTrue();
    assertThat(browser.text("balance-outstanding")).isEqualTo("$0.00");
  }

  @Test
  void alicesPageShowsHerInvoicesBalanceAndDownloads() throws IOException {
    JsonObject balance = Api.demo("alice").get("/me/balance").json();
    String newest =
        Api.demo("alice")
            .get("/invoices")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("number");

    browser.signIn("alice", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-invoices");

    browser.waitForPath("/billing/invoices.xhtml");
    assertThat(browser.text("balance-outstanding"))
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT,
                "$%,.2f",
                balance.getJsonNumber("outstanding").bigDecimalValue()));
    assertThat(browser.driver().findElements(By.className("invoice-number")))
        .anySatisfy(e -> assertThat(e.getText()).startsWith(newest));

    browser
        .driver()
        .findElement(
            By.xpath("//section[@aria-label='" + newest + "']//a[contains(.,'Download PDF')]"))
        .click();

    Path download = browser.waitForDownload(".pdf");
    byte[] pdf = Files.readAllBytes(download);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
          .contains(newest)
          .contains("Alice Martin");
    }
  }

  @Test
  void anInvoicesPdfLinkServesItsPatientOnly() {
    long id =
        Api.demo("alice")
            .get("/invoices")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String link = "/billing/invoice-pdf.xhtml?invoice=" + id;

    PageSession.Answer own = PageSession.signedIn("alice", Api.DEMO_PASSWORD).get(link);
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.body()).startsWith("%PDF-");

    String stranger = Api.unique("pdf");
    String password = Api.strongPassword();
    Api.registerPatient(stranger, password);
    PageSession other = PageSession.signedIn(stranger, password);
    assertThat(other.get(link).status()).isEqualTo(404);
    for (String bad : List.of("", "?invoice=", "?invoice=abc", "?invoice=-1")) {
      PageSession.Answer refused = other.get("/billing/invoice-pdf.xhtml" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(404);
      assertThat(refused.body()).as(bad).doesNotContain("%PDF-").contains("<title>Page not found");
    }
  }

  @Test
  void theFrontDeskFindsAPatientsInvoices() {
    String number =
        Api.demo("alice")
            .get("/invoices")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("number");

    browser.signIn("desk.jones", Api.DEMO_PASSWORD);
    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-invoices")).isFalse();
    browser.click("menu-billing");

    browser.waitForPath("/billing/accounts.xhtml");
    browser.type("search:text", number);
    browser.click("search:submit");
    browser.waitForText("accounts:invoices", number);
    assertThat(browser.text("accounts:invoices")).contains("Alice Martin");
  }
}
