package health.salus.education;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import java.io.StringReader;

/**
 * A new EDUCATOR account of one test, with a practitioner entry of its own, signed in: no other
 * test's call takes the minute its test books, and its fees are its test's own.
 */
record Educator(Api api, String username, String fullName, long practitionerId) {

  static Educator create(String prefix) {
    Credentials login = Api.newStaff(prefix, "EDUCATOR");
    long id =
        Json.createReader(
                new StringReader(
                    Deployments.callTestResource(
                        "POST", "/test/practitioners/" + login.username())))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    return new Educator(
        Api.as(login.username(), login.password()),
        login.username(),
        "Staff " + login.username(),
        id);
  }
}
