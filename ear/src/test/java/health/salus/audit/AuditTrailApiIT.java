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

/** {@code GET /admin/audit}: the administrators' search over the audit trail. */
class AuditTrailApiIT {

  private final Api admin = Api.admin();

  private static List<JsonObject> items(Response page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  @Test
  void aFailedApiLoginIsFoundByActorActionAndOutcome() {
    String username = Api.unique("audit");
    Api.registerPatient(username, Api.strongPassword());
    Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);

    Api.as(username, "Not-the-password-1").get("/me");

    List<JsonObject> failures = Api.auditEntries(username, "API_LOGIN", "FAILURE");
    assertThat(failures).hasSize(1);
    JsonObject entry = failures.get(0);
    assertThat(entry.getString("actorUsername")).isEqualTo(username);
    assertThat(entry.getString("action")).isEqualTo("API_LOGIN");
    assertThat(entry.getString("outcome")).isEqualTo("FAILURE");
    assertThat(entry.getString("clientAddress")).isNotBlank();
    assertThat(Instant.parse(entry.getString("at"))).isAfter(before);
    assertThat(entry.toString()).doesNotContain("Not-the-password-1");
    assertThat(Api.auditEntries(username, "API_LOGIN", "SUCCESS")).isEmpty();
  }

  @Test
  void filtersCombineAndTheNewestComesFirst() {
    String username = Api.unique("audit");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api.as(username, "Not-the-password-1").get("/me");
    Api.as(username, "Not-the-password-2").get("/me");
    Api.as(username, password).get("/me");

    List<JsonObject> all = items(admin.get("/admin/audit?actor=" + username));

    assertThat(all)
        .extracting(e -> e.getString("action") + "/" + e.getString("outcome"))
        .containsExactly(
            "API_LOGIN/SUCCESS", "API_LOGIN/FAILURE", "API_LOGIN/FAILURE", "REGISTER/SUCCESS");
    assertThat(all)
        .extracting(e -> Instant.parse(e.getString("at")))
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // Each further filter narrows what the others found.
    assertThat(search(username, "API_LOGIN", null)).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(search(username, null, "FAILURE")).containsExactlyElementsOf(all.subList(1, 3));
    assertThat(search(username, "API_LOGIN", "SUCCESS")).containsExactly(all.get(0));
    assertThat(search(username, "REGISTER", "FAILURE")).isEmpty();
    assertThat(search(null, "API_LOGIN", "FAILURE"))
        .contains(all.get(1), all.get(2))
        .allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("API_LOGIN"))
        .allSatisfy(e -> assertThat(e.getString("outcome")).isEqualTo("FAILURE"));
  }

  private List<JsonObject> search(String actor, String action, String outcome) {
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("actor", actor);
    filters.put("action", action);
    filters.put("outcome", outcome);
    filters.put("size", 100);
    return items(admin.get("/admin/audit" + Api.query(filters)));
  }

  @Test
  void pagesAndTimeRangesNarrowTheResult() {
    String username = Api.unique("audit");
    Api.registerPatient(username, Api.strongPassword());
    for (int i = 0; i < 3; i++) {
      Api.as(username, "Not-the-password-" + i).get("/me");
    }

    Response firstPage = admin.get("/admin/audit?actor=" + username + "&page=0&size=2");
    Response secondPage = admin.get("/admin/audit?actor=" + username + "&page=1&size=2");
    Map<String, Object> future = new LinkedHashMap<>();
    future.put("actor", username);
    future.put("from", Instant.now().plus(1, ChronoUnit.DAYS).toString());

    assertThat(items(firstPage)).hasSize(2);
    assertThat(firstPage.json().getInt("total")).isEqualTo(4);
    assertThat(items(secondPage)).hasSize(2);
    assertThat(items(secondPage))
        .extracting(e -> e.getJsonNumber("id").longValue())
        .doesNotContainAnyElementsOf(
            items(firstPage).stream().map(e -> e.getJsonNumber("id").longValue()).toList());
    assertThat(items(admin.get("/admin/audit" + Api.query(future)))).isEmpty();
  }

  @Test
  void badFiltersAreBadRequests() {
    Response outcome = admin.get("/admin/audit?outcome=MAYBE");
    Response from = admin.get("/admin/audit?from=yesterday");

    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(400);
    assertThat(outcome.errorFields()).containsExactly("outcome");
    assertThat(from.status()).as(from.toString()).isEqualTo(400);
    assertThat(from.errorFields()).containsExactly("from");
  }

  @Test
  void onlyAdministratorsSearchTheTrail() {
    assertThat(Api.demo("alice").get("/admin/audit").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/admin/audit").status()).isEqualTo(401);
  }
}
