package health.salus.testsupport;

import health.salus.testsupport.Api.Response;

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
}
