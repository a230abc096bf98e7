package health.salus.testsupport;

import health.salus.testsupport.Api.Response;
import jakarta.json.Json;

/** The practitioner directory ({@code GET /practitioners}) as the tests read it. */
public final class Directory {

  private Directory() {}

  /**
   * The id of a practitioner whose account is enabled, by username, such as {@code edu.nguyen},
   * from the directory's largest page (the test server holds fewer practitioners than that).
   */
  public static long practitionerId(String username) {
    Response all = Api.demo("desk.jones").get("/practitioners?size=200");
    if (all.status() != 200) {
      throw new AssertionError("practitioners: " + all);
    }
    return all.items().stream()
        .filter(p -> p.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no practitioner " + username + " in " + all))
        .getJsonNumber("id")
        .longValue();
  }

  /** The front desk makes the practitioner (by username) the patient's general practitioner. */
  public static void joinCareTeam(long patientId, String practitioner) {
    joinCareTeam(patientId, practitioner, "GENERAL_PRACTITIONER");
  }

  /** Makes a practitioner (by username) a member of the patient's care team, as the front desk. */
  public static void joinCareTeam(long patientId, String practitioner, String kind) {
    Response added =
        Api.demo("desk.jones")
            .post(
                "/patients/" + patientId + "/care-team",
                Json.createObjectBuilder()
                    .add("practitionerId", practitionerId(practitioner))
                    .add("kind", kind)
                    .build());
    if (added.status() != 201) {
      throw new AssertionError("care team: " + added);
    }
  }
}
