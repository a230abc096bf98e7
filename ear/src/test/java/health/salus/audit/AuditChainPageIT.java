package health.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the browser: the administrator verifies the audit trail's chain from the audit page and reads
 * the answer in plain words, in English and in Chinese.
 */
class AuditChainPageIT {

  @RegisterExtension final Browser browser = new Browser().newForEachTest();

  private void verifyOnTheAuditPage(String username, String password) {
    browser.signIn(username, password);
    browser.waitForPath("/home.xhtml");
    browser.click("menu-admin-audit");
    browser.waitForPath("/admin/audit.xhtml");
    browser.click("chain:verify");
  }

  @Test
  void theAdministratorVerifiesTheTrailAndReadsThatItIsIntact() {
    verifyOnTheAuditPage("admin", Api.DEMO_PASSWORD);

    browser.waitForText("chain:report", "The audit trail is intact");
    assertThat(browser.text("chain:report"))
        .containsPattern("all [\\d,]+ sealed entries, up to entry \\d+, match their seals")
        .contains("not sealed yet");
    Axe.assertAccessible(browser.driver(), "audit page with the chain's report");
    assertThat(Api.auditEntries("admin", "AUDIT_CHAIN_VERIFIED", "SUCCESS")).isNotEmpty();
  }

  /**
   * A new administrator of its own, who reads Salus in Chinese (the demo admin's stays as it is).
   */
  @Test
  void inChineseToo() {
    String username = Api.unique("auditor");
    String password = Api.strongPassword();
    Api.Response created =
        Api.admin()
            .post(
                "/admin/accounts",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("fullName", "Auditor " + username)
                    .add("email", username + "@example.org")
                    .add("initialPassword", password)
                    .add("roles", Json.createArrayBuilder().add("ADMIN"))
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Response chinese = Api.as(username, password).changeProfile("preferredLanguage", "zh-CN");
    assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);

    verifyOnTheAuditPage(username, password);

    browser.waitForText("chain:report", "审计记录完好");
    Axe.assertAccessible(browser.driver(), "audit page with the chain's report, in Chinese");
  }
}
