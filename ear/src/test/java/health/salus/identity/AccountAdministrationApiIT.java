package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /admin/accounts}: only administrators manage accounts and roles. */
class AccountAdministrationApiIT {

  private final Api admin = Api.admin();

  private static JsonObject staff(String username, String password, String... roles) {
    var roleArray = Json.createArrayBuilder();
    for (String role : roles) {
      roleArray.add(role);
    }
    return Json.createObjectBuilder()
        .add("username", username)
        .add("fullName", "Staff " + username)
        .add("email", username + "@example.org")
        .add("initialPassword", password)
        .add("roles", roleArray)
        .build();
  }

  /** Creates a staff account as admin and returns its id. */
  private long createStaff(String username, String password, String... roles) {
    Response created = admin.post("/admin/accounts", staff(username, password, roles));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static List<String> roles(JsonObject account) {
    return account.getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"alice", "carol", "dr.chen", "edu.nguyen", "cm.smith", "mod.lee", "desk.jones"})
  void everyoneButAnAdministratorGets403(String user) {
    Api other = Api.demo(user);
    String username = Api.unique("sneaky");

    assertThat(other.get("/admin/accounts").status()).isEqualTo(403);
    assertThat(other.get("/admin/audit").status()).isEqualTo(403);
    Response create = other.post("/admin/accounts", staff(username, Api.strongPassword(), "STAFF"));
    assertThat(create.status()).as(create.toString()).isEqualTo(403);
    assertThat(create.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(other.put("/admin/accounts/1/roles/ADMIN").status()).isEqualTo(403);
    assertThat(other.post("/admin/accounts/1/disable").status()).isEqualTo(403);

    assertThat(admin.get("/admin/accounts?q=" + username).json().getInt("total")).isZero();
  }

  @Test
  void anonymousCallersGet401() {
    assertThat(Api.anonymous().get("/admin/accounts").status()).isEqualTo(401);
  }

  @Test
  void anAdministratorCreatesAStaffAccountThatCanSignIn() {
    String username = Api.unique("staff");
    String password = Api.strongPassword();

    long id = createStaff(username, password, "CLINICIAN", "STAFF");

    Response me = Api.as(username, password).get("/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(roles(me.json())).containsExactly("CLINICIAN", "STAFF");
    assertThat(me.json().containsKey("patientId") && !me.json().isNull("patientId")).isFalse();

    Response found = admin.get("/admin/accounts" + Api.query(Map.of("q", username)));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().getInt("total")).isEqualTo(1);
    JsonObject item = found.items().get(0);
    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(item.toString()).doesNotContain("pbkdf2").doesNotContain(password);
    assertThat(Api.auditEntries("admin", "ACCOUNT_CREATE", "SUCCESS"))
        .anySatisfy(e -> assertThat(e.getString("objectId")).isEqualTo(Long.toString(id)));
  }

  @Test
  void creatingAStaffAccountChecksItsInput() {
    String username = Api.unique("staff");
    createStaff(username, Api.strongPassword(), "STAFF");

    Response taken = admin.post("/admin/accounts", staff(username, Api.strongPassword(), "STAFF"));
    Response weak =
        admin.post("/admin/accounts", staff(Api.unique("staff"), "password1234", "STAFF"));
    Response patient =
        admin.post("/admin/accounts", staff(Api.unique("staff"), Api.strongPassword(), "PATIENT"));
    Response noRoles =
        admin.post("/admin/accounts", staff(Api.unique("staff"), Api.strongPassword()));
    Response empty = admin.post("/admin/accounts", Json.createObjectBuilder().build());

    assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
    assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
    assertThat(weak.errorFields()).containsExactly("initialPassword");
    assertThat(patient.status()).as(patient.toString()).isEqualTo(400);
    assertThat(patient.errorFields()).containsExactly("roles");
    assertThat(noRoles.status()).as(noRoles.toString()).isEqualTo(400);
    assertThat(noRoles.errorFields()).contains("roles");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(empty.errorFields()).contains("username", "fullName", "email", "initialPassword");
  }

  @Test
  void grantingAndRevokingARoleTakesEffectAtOnceAndIsAudited() {
    String username = Api.unique("staff");
    String password = Api.strongPassword();
    long id = createStaff(username, password, "STAFF");
    Api user = Api.as(username, password);
    assertThat(user.get("/admin/accounts").status()).isEqualTo(403);

    Response granted = admin.put("/admin/accounts/" + id + "/roles/ADMIN");

    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(roles(granted.json())).containsExactlyInAnyOrder("STAFF", "ADMIN");
    assertThat(user.get("/admin/accounts").status()).isEqualTo(200);
    assertThat(Api.auditEntries("admin", "ROLE_GRANT", "SUCCESS"))
        .anySatisfy(
            e -> {
              assertThat(e.getString("objectId")).isEqualTo(Long.toString(id));
              assertThat(e.getString("detail")).isEqualTo("ADMIN");
            });

    Response revoked = admin.delete("/admin/accounts/" + id + "/roles/ADMIN");

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(roles(revoked.json())).containsExactly("STAFF");
    assertThat(user.get("/admin/accounts").status()).isEqualTo(403);
    assertThat(Api.auditEntries("admin", "ROLE_REVOKE", "SUCCESS"))
        .anySatisfy(e -> assertThat(e.getString("objectId")).isEqualTo(Long.toString(id)));
  }

  @Test
  void patientAndUnknownRolesCannotBeGranted() {
    long id = createStaff(Api.unique("staff"), Api.strongPassword(), "STAFF");

    Response patient = admin.put("/admin/accounts/" + id + "/roles/PATIENT");
    Response unknown = admin.put("/admin/accounts/" + id + "/roles/WIZARD");
    Response noAccount = admin.put("/admin/accounts/999999999/roles/STAFF");

    assertThat(patient.status()).as(patient.toString()).isEqualTo(400);
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(noAccount.status()).as(noAccount.toString()).isEqualTo(404);
    assertThat(noAccount.mediaType()).isEqualTo(Api.PROBLEM_JSON);
  }

  @Test
  void anAdministratorCannotTakeTheAdminRoleFromThemselves() {
    String username = Api.unique("admin");
    String password = Api.strongPassword();
    long id = createStaff(username, password, "ADMIN");
    Api self = Api.as(username, password);

    Response refused = self.delete("/admin/accounts/" + id + "/roles/ADMIN");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.json().getString("detail")).containsIgnoringCase("own");
    assertThat(roles(self.get("/me").json())).contains("ADMIN");
    assertThat(Api.auditEntries(username, "ROLE_REVOKE", "DENIED")).hasSize(1);
  }

  @Test
  void anAdministratorCanTakeTheAdminRoleFromAnotherWhileOthersRemain() {
    String username = Api.unique("admin");
    long id = createStaff(username, Api.strongPassword(), "ADMIN", "STAFF");

    Response revoked = admin.delete("/admin/accounts/" + id + "/roles/ADMIN");

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(roles(revoked.json())).containsExactly("STAFF");
  }

  @Test
  void aDisabledAccountCannotSignInUntilEnabledAgain() {
    String username = Api.unique("staff");
    String password = Api.strongPassword();
    long id = createStaff(username, password, "STAFF");
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);

    Response disabled = admin.post("/admin/accounts/" + id + "/disable");

    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(401);

    assertThat(admin.post("/admin/accounts/" + id + "/enable").json().getBoolean("enabled"))
        .isTrue();
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
  }

  @Test
  void anAdministratorCannotDisableThemselves() {
    String username = Api.unique("admin");
    String password = Api.strongPassword();
    long id = createStaff(username, password, "ADMIN");

    Response refused = Api.as(username, password).post("/admin/accounts/" + id + "/disable");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
  }

  @Test
  void enablingLiftsALockOut() {
    String username = Api.unique("staff");
    String password = Api.strongPassword();
    long id = createStaff(username, password, "STAFF");
    for (int attempt = 1; attempt <= 5; attempt++) {
      Api.as(username, "Wrong-password-" + attempt).get("/me");
    }
    assertThat(admin.get("/admin/accounts/" + id).json().getBoolean("locked")).isTrue();
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(401);

    admin.post("/admin/accounts/" + id + "/enable");

    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
  }
}
