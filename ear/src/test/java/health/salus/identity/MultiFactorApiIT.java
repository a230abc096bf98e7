package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.OneTimeCodes;
import health.salus.testsupport.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Multi-factor sign-in over the API: set up with a code, the bare password refused from then on,
 * app passwords in its place until revoked, and the administrator's policy for staff.
 */
class MultiFactorApiIT {

  @Test
  void anAccountWithMfaUsesRevocableAppPasswordsAndNeverItsPasswordOnTheApi() {
    String username = Api.unique("mfa");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api bare = Api.as(username, password);

    Response made = bare.post("/me/app-passwords", name("backup script"));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    String appPassword = made.json().getString("password");
    long appPasswordId = made.json().getJsonNumber("id").longValue();
    Api app = Api.as(username, appPassword);

    String secret = turnOn(bare, username);
    Response refused = bare.get("/me");
    assertThat(refused.status()).as("the password alone, with MFA on").isEqualTo(401);
    assertThat(refused.body())
        .as("alike to a wrong password")
        .isEqualTo(Api.as(username, "Wrong-password-1").get("/me").body());
    assertThat(app.get("/me").json().getString("username")).isEqualTo(username);
    JsonObject status = app.get("/me/mfa").json();
    assertThat(status.getBoolean("enabled")).isTrue();
    assertThat(status.getInt("recoveryCodesLeft")).isEqualTo(10);
    assertThat(app.get("/me/app-passwords").jsonArray()).hasSize(1);
    assertThat(app.get("/me/app-passwords").body()).doesNotContain(appPassword);

    assertThat(app.delete("/me/app-passwords/" + appPasswordId).status()).isEqualTo(204);
    assertThat(app.get("/me").status()).as("revoked: at the very next request").isEqualTo(401);
    long id =
        Api.admin()
            .get("/admin/accounts?q=" + username)
            .items()
            .get(0)
            .getJsonNumber("id")
            .longValue();
    Response reset = Api.admin().post("/admin/accounts/" + id + "/mfa/reset");
    assertThat(reset.json().getBoolean("mfaEnabled")).as(reset.toString()).isFalse();
    assertThat(bare.get("/me").status()).as("the password again, after a reset").isEqualTo(200);
    assertThat(Api.auditEntries(username, "MFA_ON", "SUCCESS")).hasSize(1);
    assertThat(Api.auditEntries(username, "APP_PASSWORD_REVOKED", "SUCCESS")).hasSize(1);
    assertThat(Api.auditEntries("admin", "MFA_RESET", "SUCCESS")).isNotEmpty();
    assertThat(secret).isNotBlank();
  }

  @Test
  void thePolicySendsStaffWithoutMfaToSetItUpOnPagesAndApi() {
    String adminName = Api.unique("mfa-admin");
    String adminPassword = Api.strongPassword();
    createStaff(adminName, adminPassword, "ADMIN");
    Api adminBare = Api.as(adminName, adminPassword);
    String adminApp =
        adminBare.post("/me/app-passwords", name("policy")).json().getString("password");
    turnOn(adminBare, adminName);
    Api admin = Api.as(adminName, adminApp);
    String staffName = Api.unique("mfa-desk");
    String staffPassword = Api.strongPassword();
    createStaff(staffName, staffPassword, "STAFF");
    Api staff = Api.as(staffName, staffPassword);

    Response on = admin.put("/admin/security-policy", policy(true));
    try {
      assertThat(on.status()).as(on.toString()).isEqualTo(200);
      Response refused = staff.get("/me");
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
      assertThat(refused.json().getString("title")).isEqualTo("Two-step sign-in required");
      assertThat(staff.get("/me/mfa").json().getBoolean("requiredByPolicy")).isTrue();
      PageSession desk = PageSession.signedIn(staffName, staffPassword);
      PageSession.Answer home = desk.get("/home.xhtml");
      assertThat(home.location()).as(home.toString()).endsWith("/account/mfa.xhtml");
      assertThat(desk.get("/account/mfa.xhtml").status()).isEqualTo(200);
      assertThat(Api.demo("alice").get("/me").status()).as("patients go on").isEqualTo(200);
      assertThat(admin.get("/me").status()).as("an administrator with MFA").isEqualTo(200);
    } finally {
      assertThat(admin.put("/admin/security-policy", policy(false)).status()).isEqualTo(200);
    }
    assertThat(staff.get("/me").status()).isEqualTo(200);
    assertThat(Api.auditEntries(adminName, "MFA_POLICY", "SUCCESS")).hasSize(2);
  }

  /** Turns MFA on through the API; a wrong first code turns nothing on. Returns the secret. */
  private static String turnOn(Api api, String username) {
    Response begun = api.post("/me/mfa");
    assertThat(begun.status()).as(begun.toString()).isEqualTo(200);
    String secret = begun.json().getString("secret");
    assertThat(begun.json().getString("otpauthUri"))
        .startsWith("otpauth://totp/")
        .contains(username)
        .contains("secret=" + secret);
    Response wrong = api.post("/me/mfa/confirm", code(OneTimeCodes.wrong(secret)));
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    assertThat(api.get("/me/mfa").json().getBoolean("enabled")).isFalse();
    Response confirmed = api.post("/me/mfa/confirm", code(OneTimeCodes.now(secret)));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().getJsonArray("recoveryCodes")).hasSize(10);
    return secret;
  }

  private static void createStaff(String username, String password, String role) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("fullName", "Staff " + username)
            .add("email", username + "@example.org")
            .add("initialPassword", password)
            .add("roles", Json.createArrayBuilder().add(role))
            .build();
    Response created = Api.admin().post("/admin/accounts", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  private static JsonObject name(String name) {
    return Json.createObjectBuilder().add("name", name).build();
  }

  private static JsonObject code(String code) {
    return Json.createObjectBuilder().add("code", code).build();
  }

  private static JsonObject policy(boolean required) {
    return Json.createObjectBuilder().add("mfaRequiredForStaff", required).build();
  }
}
