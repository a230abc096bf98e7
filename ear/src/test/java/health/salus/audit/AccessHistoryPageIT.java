package health.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In the browser: a patient opens "Who saw my data" from the menu and sees the front desk's read.
 */
class AccessHistoryPageIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aPatientSeesWhoReadTheirDataFiltersByDateAndDownloadsIt() throws IOException {
    Credentials credentials = Api.newPatient("seen");
    Api patient = Api.as(credentials.username(), credentials.password());
    long patientId = patient.get("/me").json().getJsonNumber("patientId").longValue();
    assertThat(Api.demo("desk.jones").get("/invoices?patientId=" + patientId).status())
        .isEqualTo(200);

    browser.signIn(credentials.username(), credentials.password());
    browser.waitForPath("/home.xhtml");
    browser.click("menu-access-history");
    browser.waitForPath("/account/access-history.xhtml");

    String table = browser.text("history:entries");
    assertThat(table)
        .contains("(Staff)")
        .contains("Bills and payments")
        .contains("Office work")
        .contains("Allowed");
    assertThat(table.indexOf("(Staff)"))
        .as("the front desk's read comes before the registration")
        .isLessThan(table.indexOf("Your account and details"));

    browser.click("history:csv");
    String csv = Files.readString(browser.waitForDownload(".csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("at,actorUsername,actorName,actorRole,action,category,outcome,purpose")
        .contains(",desk.jones,")
        .contains(",INVOICE_LIST,BILLING,ALLOWED,ADMINISTRATION");

    LocalDate tomorrow = LocalDate.now(ZoneId.of("Australia/Sydney")).plusDays(1);
    browser.type("filters:from", tomorrow.toString());
    browser.click("filters:search");
    browser.waitForText("history:entries", "Nobody has looked at your data in this time.");

    browser.resize(320, 800);
    Number scroll =
        (Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
    Number client =
        (Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.clientWidth");
    assertThat(scroll.intValue()).isLessThanOrEqualTo(client.intValue() + 1);
  }
}
