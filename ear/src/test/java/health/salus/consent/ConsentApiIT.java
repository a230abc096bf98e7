package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /consents} and {@code GET /me/represented}: a patient grants a person parts of their
 * record until a moment, sees and revokes the grant, and the grantee sees whom they represent only
 * while the grant is active. Each test makes its own patient and grantee (a fresh account).
 */
class ConsentApiIT {

  private static Api api(Credentials who) {
    return Api.as(who.username(), who.password());
  }

  private static long patientIdOf(Credentials who) {
    return api(who).get("/me").json().getJsonNumber("patientId").longValue();
  }

  private static JsonObject grant(
      String grantee, List<String> categories, Instant validUntil, Boolean actFor) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    categories.forEach(names::add);
    var body =
        Json.createObjectBuilder()
            .add("granteeUsername", grantee)
            .add("categories", names)
            .add("validUntil", validUntil.toString());
    if (actFor != null) {
      body.add("actFor", actFor);
    }
    return body.build();
  }

  private static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
  }

  private static long granted(Credentials patient, Credentials grantee, boolean actFor) {
    Response created =
        api(patient)
            .post(
                "/consents",
                grant(
                    grantee.username(), List.of("MEDICATIONS", "CONDITIONS"), inDays(30), actFor));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static List<JsonObject> grantsOf(Credentials patient) {
    Response list = api(patient).get("/consents");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> representedBy(Credentials grantee) {
    Response list = api(grantee).get("/me/represented");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().getValuesAs(JsonObject.class);
  }

  /** The audit entries of one actor and action about one patient. */
  private static List<JsonObject> audited(String actor, String action, long patientId) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("action", action);
    query.put("patientId", patientId);
    Response page = Api.admin().get("/admin/audit" + Api.query(query));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  /** The patient's action on the grant left exactly one successful entry, purpose CONSENT. */
  private static void assertAuditedOnce(
      Credentials patient, String action, long patientId, long grantId) {
    assertThat(audited(patient.username(), action, patientId))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("outcome")).isEqualTo("SUCCESS");
              assertThat(e.getString("purpose")).isEqualTo("CONSENT");
              assertThat(e.getString("objectId")).isEqualTo(Long.toString(grantId));
            });
  }

  private static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }

  @Test
  void aGrantIsCreatedListedAndShownToTheGrantee() {
    Credentials patient = Api.newPatient("granter");
    Credentials grantee = Api.newPatient("grantee");
    Instant until = inDays(30);

    Response created =
        api(patient)
            .post(
                "/consents",
                grant(grantee.username(), List.of("medications", "CONDITIONS"), until, true));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json();
    long id = body.getJsonNumber("id").longValue();
    assertThat(created.header("Location").orElseThrow()).endsWith("/consents/" + id);
    assertThat(body.getString("granteeUsername")).isEqualTo(grantee.username());
    assertThat(body.getJsonArray("categories").getValuesAs(JsonString::getString))
        .containsExactly("CONDITIONS", "MEDICATIONS");
    assertThat(Instant.parse(body.getString("validUntil"))).isEqualTo(until);
    assertThat(body.getBoolean("actFor")).isTrue();
    assertThat(body.getString("status")).isEqualTo("ACTIVE");

    assertThat(grantsOf(patient))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.getJsonNumber("id").longValue()).isEqualTo(id);
              assertThat(g.getString("status")).isEqualTo("ACTIVE");
              assertThat(g.getString("granteeUsername")).isEqualTo(grantee.username());
            });
    long patientId = patientIdOf(patient);
    assertThat(representedBy(grantee))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getJsonNumber("patientId").longValue()).isEqualTo(patientId);
              assertThat(r.getString("fullName")).isEqualTo("Test " + patient.username());
              assertThat(r.getBoolean("actFor")).isTrue();
              assertThat(r.getJsonArray("categories")).hasSize(2);
              assertThat(Instant.parse(r.getString("validUntil"))).isEqualTo(until);
            });
    assertThat(representedBy(patient)).isEmpty();
    assertAuditedOnce(patient, "CONSENT_GRANT", patientId, id);
  }

  @Test
  void actForIsFalseUnlessAskedFor() {
    Credentials patient = Api.newPatient("granter");
    Credentials grantee = Api.newPatient("grantee");

    Response created =
        api(patient).post("/consents", grant(grantee.username(), List.of("ALL"), inDays(1), null));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getBoolean("actFor")).isFalse();
    assertThat(representedBy(grantee).get(0).getBoolean("actFor")).isFalse();
  }

  @Test
  void revokingEndsTheGrantAtOnceAndIsAudited() {
    Credentials patient = Api.newPatient("granter");
    Credentials grantee = Api.newPatient("grantee");
    long id = granted(patient, grantee, true);
    assertThat(representedBy(grantee)).hasSize(1);

    Response revoked = api(patient).delete("/consents/" + id);

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    assertThat(representedBy(grantee)).isEmpty();
    assertThat(grantsOf(patient))
        .singleElement()
        .satisfies(g -> assertThat(g.getString("status")).isEqualTo("REVOKED"));
    Response again = api(patient).delete("/consents/" + id);
    assertThat(again.status()).as(again.toString()).isEqualTo(204);
    long patientId = patientIdOf(patient);
    assertAuditedOnce(patient, "CONSENT_REVOKE", patientId, id);
  }

  @Test
  void anotherPatientCannotSeeOrRevokeMyGrant() {
    Credentials patient = Api.newPatient("granter");
    Credentials grantee = Api.newPatient("grantee");
    Credentials other = Api.newPatient("other");
    long id = granted(patient, grantee, false);

    Response revoke = api(other).delete("/consents/" + id);
    Response revokeByGrantee = api(grantee).delete("/consents/" + id);
    Response none = api(other).delete("/consents/" + Long.MAX_VALUE);

    assertProblem(revoke, 404);
    assertProblem(revokeByGrantee, 404);
    assertProblem(none, 404);
    assertThat(revoke.json().getString("detail")).isEqualTo(none.json().getString("detail"));
    assertThat(grantsOf(other)).isEmpty();
    assertThat(grantsOf(patient))
        .singleElement()
        .satisfies(g -> assertThat(g.getString("status")).isEqualTo("ACTIVE"));
    assertThat(representedBy(grantee)).hasSize(1);
    assertThat(audited(other.username(), "CONSENT_REVOKE", patientIdOf(patient)))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("outcome")).isEqualTo("DENIED"));
  }

  @Test
  void onlyPatientsGrantOrListGrants() {
    Credentials grantee = Api.newPatient("grantee");
    JsonObject body = grant(grantee.username(), List.of("ALL"), inDays(7), false);

    for (String staff : List.of("dr.chen", "desk.jones", "admin", "carol")) {
      assertProblem(Api.demo(staff).post("/consents", body), 403);
      assertThat(Api.demo(staff).get("/consents").status()).as(staff).isEqualTo(403);
    }
    assertThat(Api.anonymous().post("/consents", body).status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/me/represented").status()).isEqualTo(401);
    assertThat(representedBy(grantee)).isEmpty();
  }

  @Test
  void badGrantsAreRefusedAndNothingIsStored() {
    Credentials patient = Api.newPatient("granter");
    Credentials grantee = Api.newPatient("grantee");
    Api api = api(patient);
    String to = grantee.username();

    Response empty = api.post("/consents", Json.createObjectBuilder().build());
    Response noEnd =
        api.post(
            "/consents", Api.with(grant(to, List.of("ALL"), inDays(1), false), "validUntil", null));
    Response past = api.post("/consents", grant(to, List.of("ALL"), inDays(-1), false));
    Response farAway =
        api.post(
            "/consents",
            Api.with(
                grant(to, List.of("ALL"), inDays(1), false),
                "validUntil",
                Api.text("9000-01-01T00:00:00Z")));
    Response noCategory = api.post("/consents", grant(to, List.of(), inDays(1), false));
    Response unknownCategory =
        api.post("/consents", grant(to, List.of("MEDICATIONS", "DIARY"), inDays(1), false));
    Response unknownGrantee =
        api.post("/consents", grant(Api.unique("nobody"), List.of("ALL"), inDays(1), false));
    Response self =
        api.post("/consents", grant(patient.username(), List.of("ALL"), inDays(1), false));
    Response malformed = api.post("/consents", "{\"granteeUsername\": ", "application/json");
    Response badInstant =
        api.post(
            "/consents",
            "{\"granteeUsername\":\"" + to + "\",\"categories\":[\"ALL\"],\"validUntil\":\"soon\"}",
            "application/json");

    assertProblem(empty, 400);
    assertThat(empty.errorFields()).contains("granteeUsername", "categories", "validUntil");
    assertProblem(noEnd, 400);
    assertThat(noEnd.errorFields()).containsExactly("validUntil");
    assertProblem(past, 400);
    assertThat(past.errorFields()).containsExactly("validUntil");
    assertProblem(farAway, 400);
    assertThat(farAway.errorFields()).containsExactly("validUntil");
    assertProblem(noCategory, 400);
    assertThat(noCategory.errorFields()).containsExactly("categories");
    assertProblem(unknownCategory, 400);
    assertThat(unknownCategory.errorFields()).containsExactly("categories");
    assertProblem(unknownGrantee, 422);
    assertThat(unknownGrantee.body()).doesNotContain("exist");
    assertProblem(self, 422);
    assertProblem(malformed, 400);
    assertProblem(badInstant, 400);
    assertThat(grantsOf(patient)).isEmpty();
    assertThat(representedBy(grantee)).isEmpty();
  }

  @Test
  void aDisabledAccountIsRefusedLikeAnUnknownOne() {
    Credentials patient = Api.newPatient("granter");
    Credentials grantee = Api.newPatient("grantee");
    JsonObject unknown =
        api(patient)
            .post("/consents", grant(Api.unique("nobody"), List.of("ALL"), inDays(1), false))
            .json();
    long accountId = api(grantee).get("/me").json().getJsonNumber("id").longValue();
    Response disabled = Api.admin().post("/admin/accounts/" + accountId + "/disable");
    assertThat(disabled.status()).as(disabled.toString()).isIn(200, 204);

    Response refused =
        api(patient).post("/consents", grant(grantee.username(), List.of("ALL"), inDays(1), false));

    assertProblem(refused, 422);
    assertThat(refused.json().getString("detail")).isEqualTo(unknown.getString("detail"));
    assertThat(grantsOf(patient)).isEmpty();
  }
}
