package health.salus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /practitioners}: the directory every signed-in user may read. */
class PractitionersApiIT {

  private static List<JsonObject> practitioners(Api caller, String query) {
    Response answer = caller.get("/practitioners" + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.items();
  }

  @Test
  void listsTheDemoPractitionersWithTheContractFields() {
    List<JsonObject> all = practitioners(Api.demo("alice"), "");

    assertThat(all)
        .extracting(p -> p.getString("username"))
        .contains("dr.chen", "dr.patel", "dr.okafor", "nurse.brown", "physio.kim");
    assertThat(all)
        .allSatisfy(
            p -> {
              assertThat(p.getJsonNumber("id")).isNotNull();
              assertThat(p.getString("fullName")).isNotBlank();
              assertThat(p.getString("role")).isNotBlank();
              assertThat(p.getString("specialty")).isNotBlank();
            });
    assertThat(all)
        .filteredOn(p -> p.getString("username").equals("dr.chen"))
        .singleElement()
        .satisfies(p -> assertThat(p.getString("role")).isEqualTo("CLINICIAN"));
  }

  @Test
  void filtersBySpecialtyIgnoringCase() {
    List<JsonObject> cardiology = practitioners(Api.demo("bob"), "?specialty=cardiology");

    assertThat(cardiology).extracting(p -> p.getString("username")).containsExactly("dr.patel");
    assertThat(practitioners(Api.demo("bob"), "?specialty=Astrology")).isEmpty();
  }

  @Test
  void everyRoleMayReadTheDirectoryButNotAnonymousCallers() {
    for (String user :
        List.of(
            "alice",
            "carol",
            "dr.chen",
            "edu.nguyen",
            "cm.smith",
            "mod.lee",
            "desk.jones",
            "admin")) {
      assertThat(Api.demo(user).get("/practitioners").status()).as(user).isEqualTo(200);
    }
    assertThat(Api.anonymous().get("/practitioners").status()).isEqualTo(401);
  }
}
