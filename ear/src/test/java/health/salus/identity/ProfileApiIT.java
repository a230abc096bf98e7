package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code /me/profile}: one's own profile, changed only from the version one has seen. */
class ProfileApiIT {

  private static JsonObject changed(JsonObject profile, String field, String value, long version) {
    return Json.createObjectBuilder()
        .add("details", Api.with(profile.getJsonObject("details"), field, Api.text(value)))
        .add("version", version)
        .build();
  }

  @Test
  void aChangeFromAStaleVersionIsAConflictAndOverwritesNothing() {
    String username = Api.unique("profile");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api me = Api.as(username, password);
    JsonObject seen = me.get("/me/profile").json();
    long version = seen.getJsonNumber("version").longValue();

    Response first = me.put("/me/profile", changed(seen, "phone", "0400 111 222", version));
    Response stale = me.put("/me/profile", changed(seen, "phone", "0400 999 999", version));

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getJsonNumber("version").longValue()).isGreaterThan(version);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(stale.json().getString("detail")).contains("changed elsewhere in the meantime");
    JsonObject now = me.get("/me/profile").json();
    assertThat(now.getJsonObject("details").getString("phone")).isEqualTo("0400 111 222");
    assertThat(now.getJsonNumber("version").longValue())
        .isEqualTo(first.json().getJsonNumber("version").longValue());

    Response fresh =
        me.put(
            "/me/profile",
            changed(now, "phone", "0400 999 999", now.getJsonNumber("version").longValue()));
    assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
    assertThat(fresh.json().getJsonObject("details").getString("phone")).isEqualTo("0400 999 999");
  }

  @Test
  void aChangedNameShowsInThePageHeaderAtTheNextPage() {
    Api.Credentials patient = Api.newPatient("header");
    Api me = Api.as(patient.username(), patient.password());
    PageSession page = PageSession.signedIn(patient.username(), patient.password());
    JsonObject seen = me.get("/me/profile").json();
    assertThat(page.get("/home.xhtml").body())
        .contains("class=\"user-name\">" + seen.getJsonObject("details").getString("fullName"));

    Response renamed =
        me.put(
            "/me/profile",
            changed(seen, "fullName", "Nadia Renamed", seen.getJsonNumber("version").longValue()));

    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(page.get("/home.xhtml").body()).contains("class=\"user-name\">Nadia Renamed<");
  }
}
