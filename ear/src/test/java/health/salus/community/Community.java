package health.salus.community;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Test data for the community: the demo groups (read, never changed), fresh patients who join them,
 * and posts. The demo's first group (lowest id) is open, and alice and bob are trusted in it.
 */
final class Community {

  private Community() {}

  static List<JsonObject> groups(Api who) {
    Response groups = who.get("/groups");
    assertThat(groups.status()).as(groups.toString()).isEqualTo(200);
    return groups.jsonArray().getValuesAs(JsonObject.class);
  }

  /** The open group of the demo where alice and bob are established: the lowest id. */
  static long firstGroup() {
    return groups(Api.demo("alice")).stream()
        .mapToLong(g -> g.getJsonNumber("id").longValue())
        .min()
        .orElseThrow();
  }

  /** The demo's private group. */
  static long privateGroup() {
    return groups(Api.demo("alice")).stream()
        .filter(g -> g.getString("visibility").equals("PRIVATE"))
        .mapToLong(g -> g.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow();
  }

  /** A fresh open group (set up by the front desk) and its own moderator, a fresh staff account. */
  record ModeratedGroup(long id, Api moderator) {}

  static ModeratedGroup groupWithItsOwnModerator(String namePrefix) {
    Api desk = Api.demo("desk.jones");
    long group =
        id(GroupSetupApiIT.created(desk, GroupSetupApiIT.group(Api.unique(namePrefix), "OPEN")));
    Credentials staff = Api.newStaff(namePrefix.toLowerCase() + "m", "STAFF");
    Response named = desk.put("/groups/" + group + "/moderators/" + staff.username());
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    return new ModeratedGroup(group, Api.as(staff.username(), staff.password()));
  }

  /** A fresh patient who joined the group. */
  static Api member(long groupId) {
    Credentials patient = Api.newPatient("cm");
    Api api = Api.as(patient.username(), patient.password());
    Response joined = api.post("/groups/" + groupId + "/join");
    assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
    return api;
  }

  static JsonObject post(String title, String body) {
    return Json.createObjectBuilder().add("title", title).add("body", body).build();
  }

  /** Posts and answers {@code {id, status}}; must be created. */
  static JsonObject write(Api who, long groupId, String title, String body) {
    Response created = who.post("/groups/" + groupId + "/posts", post(title, body));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  /** The first page of the group's feed as this caller sees it. */
  static List<JsonObject> feed(Api who, long groupId) {
    Response feed = who.get("/groups/" + groupId + "/posts?size=50");
    assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
    return feed.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  static boolean inFeed(Api who, long groupId, long postId) {
    return feed(who, groupId).stream().anyMatch(p -> id(p) == postId);
  }

  static JsonObject reason(String reason) {
    return Json.createObjectBuilder().add("reason", reason).build();
  }

  static JsonObject flag(String reason, String comment) {
    return Json.createObjectBuilder().add("reason", reason).add("comment", comment).build();
  }

  static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }
}
