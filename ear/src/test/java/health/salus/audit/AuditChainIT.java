package health.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /admin/audit/chain}: new entries are sealed into the hash chain within seconds, the
 * chain verifies intact, and a row changed in the database behind the application's back breaks it
 * at exactly that entry (the row is put back afterwards: the suite shares one database). The test
 * deployment brings a second sealer to the same database, as a second server would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

  /** Long enough for a gap in the ids (a minute) and a busy machine. */
  private static final Duration SEALED_WITHIN = Duration.ofSeconds(120);

  private final Api admin = Api.admin();

  private JsonObject verify() {
    Response report = admin.get("/admin/audit/chain");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report.json();
  }

  /** Three new entries (failed sign-ins of a new account), oldest first, once they are sealed. */
  private List<Long> newSealedEntries() {
    String username = Api.unique("sealed");
    Api.registerPatient(username, Api.strongPassword());
    for (int i = 0; i < 2; i++) {
      Api.as(username, "Not-the-password-" + i).get("/me");
    }
    List<Long> ids =
        Api.auditEntries(username, null, null).stream()
            .map(e -> e.getJsonNumber("id").longValue())
            .sorted()
            .toList();
    assertThat(ids).hasSize(3);
    long last = ids.get(ids.size() - 1);
    long deadline = System.nanoTime() + SEALED_WITHIN.toNanos();
    JsonObject report = verify();
    while (report.getJsonNumber("sealedThrough").longValue() < last) {
      assertThat(System.nanoTime() - deadline).as("sealed in time: " + report).isNegative();
      pause();
      report = verify();
    }
    return ids;
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Sets a column of a stored entry; answers what it held before (null for NULL). */
  private static String change(long id, String column, String value) {
    String query =
        value == null ? "" : "?value=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    JsonObject before =
        Json.createReader(
                new StringReader(
                    Deployments.callTestResource(
                        "POST", "/test/audit-rows/" + id + "/" + column + query)))
            .readObject();
    return before.isNull("before") ? null : before.getString("before");
  }

  @Test
  void newEntriesAreSealedWithinSecondsAndTheChainIsIntact() {
    List<Long> ids = newSealedEntries();

    JsonObject report = verify();

    assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
    assertThat(report.containsKey("brokenAt")).isFalse();
    assertThat(report.getJsonNumber("sealedThrough").longValue())
        .isGreaterThanOrEqualTo(ids.get(2));
    assertThat(report.getJsonNumber("entriesChecked").longValue())
        .isPositive()
        .isLessThanOrEqualTo(report.getJsonNumber("sealedThrough").longValue());
    assertThat(report.getJsonNumber("unsealedTail").longValue()).isNotNegative();
    assertThat(Api.auditEntries("admin", "AUDIT_CHAIN_VERIFIED", "SUCCESS")).isNotEmpty();
  }

  @Test
  void aRowChangedInTheDatabaseBreaksTheChainAtExactlyThatEntry() {
    long altered = newSealedEntries().get(1);

    String before = change(altered, "detail", "nothing happened here");
    JsonObject broken;
    try {
      broken = verify();
    } finally {
      change(altered, "detail", before);
    }
    JsonObject restored = verify();

    assertThat(broken.getBoolean("intact")).as(broken.toString()).isFalse();
    assertThat(broken.getJsonNumber("brokenAt").longValue()).isEqualTo(altered);
    assertThat(broken.getString("problem")).isEqualTo("ALTERED");
    assertThat(broken.getJsonNumber("entriesChecked").longValue()).isLessThan(altered);
    assertThat(restored.getBoolean("intact")).as(restored.toString()).isTrue();
    List<JsonObject> failures = Api.auditEntries("admin", "AUDIT_CHAIN_VERIFIED", "FAILURE");
    assertThat(failures)
        .anySatisfy(e -> assertThat(e.getString("objectId")).isEqualTo(Long.toString(altered)));
  }

  @Test
  void anUnsealedEntryBehindTheHeadIsABreak() {
    long unsealed = newSealedEntries().get(0);

    String seal = change(unsealed, "chain_hash", null);
    JsonObject broken;
    try {
      broken = verify();
    } finally {
      change(unsealed, "chain_hash", seal);
    }

    assertThat(broken.getBoolean("intact")).as(broken.toString()).isFalse();
    assertThat(broken.getJsonNumber("brokenAt").longValue()).isEqualTo(unsealed);
    assertThat(broken.getString("problem")).isEqualTo("INSERTED_BEHIND");
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  @Test
  void onlyAdministratorsVerifyTheChainAndARefusalIsAudited() {
    Api.Credentials patient = Api.newPatient("verifier");

    Response refused = Api.as(patient.username(), patient.password()).get("/admin/audit/chain");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("sealedThrough", "entriesChecked");
    assertThat(Api.auditEntries(patient.username(), "ACCESS_DENIED", "DENIED"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("objectId")).endsWith("/admin/audit/chain"));
    assertThat(Api.auditEntries(patient.username(), "AUDIT_CHAIN_VERIFIED", null)).isEmpty();
    assertThat(Api.anonymous().get("/admin/audit/chain").status()).isEqualTo(401);
  }
}
