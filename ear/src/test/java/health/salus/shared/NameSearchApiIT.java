package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Name searches match what was typed, literally: {@code %} and {@code _} are not wildcards, and a
 * backslash is an ordinary character, not an error (it was on H2).
 */
class NameSearchApiIT {

  private static final List<String> AWKWARD =
      List.of("\\", "a\\", "\\%", "%", "_", "!", "'", "%_\\!");

  private static List<String> usernames(Response page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items().stream().map(a -> a.getString("username")).toList();
  }

  @Test
  void everySearchTakesWildcardsAndBackslashesAsText() {
    Api desk = Api.demo("desk.jones");
    for (String text : AWKWARD) {
      String q = Api.query(Map.of("q", text));
      assertThat(Api.admin().get("/admin/accounts" + q).status())
          .as("accounts " + text)
          .isEqualTo(200);
      assertThat(desk.get("/invoices" + q).status()).as("invoices " + text).isEqualTo(200);
      Response patients = desk.get("/bookable-patients" + Api.query(Map.of("name", text + "zz")));
      assertThat(patients.status()).as("patients " + text + " " + patients).isEqualTo(200);
      assertThat(patients.jsonArray()).as("nobody's name has " + text + "zz").isEmpty();
      Response practitioners =
          Api.demo("alice").get("/bookable-practitioners" + Api.query(Map.of("name", text)));
      assertThat(practitioners.status()).as("practitioners " + text).isEqualTo(200);
    }
  }

  private static void register(JsonObject registration) {
    Response created = Api.anonymous().post("/auth/register", registration);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  @Test
  void anUnderscoreOrPercentSignMatchesOnlyItself() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String underscored = "ls" + token + "_a";
    String plain = "ls" + token + "xa";
    String percent = "lp" + token;
    String password = Api.strongPassword();
    Api.registerPatient(underscored, password);
    Api.registerPatient(plain, password);
    register(
        Api.with(
            Api.registration(percent, password), "email", Api.text(percent + "%1@example.org")));
    String percentFree = "lq" + token;
    register(
        Api.with(
            Api.registration(percentFree, password),
            "email",
            Api.text(percentFree + "991@example.org")));
    Api admin = Api.admin();

    assertThat(usernames(admin.get("/admin/accounts" + Api.query(Map.of("q", token + "_a")))))
        .containsExactly(underscored);
    assertThat(usernames(admin.get("/admin/accounts" + Api.query(Map.of("q", token + "%1")))))
        .containsExactly(percent);
    assertThat(usernames(admin.get("/admin/accounts" + Api.query(Map.of("q", token)))))
        .containsExactlyInAnyOrder(underscored, plain, percent, percentFree);
    Response patients =
        Api.demo("desk.jones").get("/bookable-patients" + Api.query(Map.of("name", token + "_a")));
    assertThat(patients.status()).as(patients.toString()).isEqualTo(200);
    assertThat(patients.jsonArray().getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("fullName"))
        .containsExactly("Test " + underscored);
  }
}
