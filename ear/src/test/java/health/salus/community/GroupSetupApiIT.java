package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.id;
import static health.salus.community.Community.reason;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Staff set up support groups over the API: create one with validation, change it from the version
 * they read (a stale or concurrent change is 409, never lost), and name its own moderators (staff,
 * or a member trusted in the group), who then moderate it. Everything audited.
 */
class GroupSetupApiIT {

  private static final Api DESK = Api.demo("desk.jones");
  private static final Api MODERATOR = Api.demo("mod.lee");

  static JsonObject group(String name, String visibility) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("topic", "kidney disease")
        .add("description", "For people on dialysis and their families.")
        .add("rules", "Be kind. No selling.")
        .add("visibility", visibility)
        .build();
  }

  static JsonObject created(Api who, JsonObject group) {
    Response created = who.post("/groups", group);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/groups/"));
    return created.json();
  }

  @Test
  void staffCreateAGroupThatEveryoneThenSeesAndOthersMayNot() {
    String name = Api.unique("Kidney care");

    JsonObject group = created(DESK, group(name, "PRIVATE"));

    assertThat(group.getString("name")).isEqualTo(name);
    assertThat(group.getString("visibility")).isEqualTo("PRIVATE");
    assertThat(group.getString("topic")).isEqualTo("kidney disease");
    assertThat(group.containsKey("version")).isTrue();
    assertThat(Community.groups(Api.demo("alice")))
        .anyMatch(g -> id(g) == id(group) && g.getString("visibility").equals("PRIVATE"));
    assertThat(Api.demo("alice").post("/groups/" + id(group) + "/join").status())
        .as("private: asks to join")
        .isEqualTo(202);
    assertProblem(Api.demo("alice").post("/groups", group(Api.unique("Mine"), "OPEN")), 403);
    assertProblem(Api.demo("dr.chen").post("/groups", group(Api.unique("Mine"), "OPEN")), 403);
    assertThat(created(MODERATOR, group(Api.unique("Mod's"), "OPEN")).getString("visibility"))
        .isEqualTo("OPEN");
    assertThat(created(Api.admin(), group(Api.unique("Admin's"), "OPEN")).getString("name"))
        .startsWith("Admin's");
    assertThat(Api.auditEntries("desk.jones", "COMMUNITY_GROUP_CREATE", "SUCCESS"))
        .anyMatch(e -> e.toString().contains("\"" + id(group) + "\""));
  }

  @Test
  void badOrMissingDetailsAre400OnTheirFieldAndATakenName409() {
    String name = Api.unique("Asthma");
    created(DESK, group(name, "OPEN"));

    Response noName = DESK.post("/groups", Api.with(group("x", "OPEN"), "name", null));
    Response blankRules =
        DESK.post("/groups", Api.with(group("y", "OPEN"), "rules", Api.text(" ")));
    Response longTopic =
        DESK.post("/groups", Api.with(group("z", "OPEN"), "topic", Api.text("t".repeat(81))));
    Response badVisibility = DESK.post("/groups", group(Api.unique("V"), "SECRET"));
    Response taken = DESK.post("/groups", group(name.toUpperCase(), "OPEN"));

    assertProblem(noName, 400);
    assertThat(noName.json().getJsonArray("errors").toString()).contains("\"name\"");
    assertProblem(blankRules, 400);
    assertThat(blankRules.json().getJsonArray("errors").toString()).contains("\"rules\"");
    assertProblem(longTopic, 400);
    assertThat(longTopic.json().getJsonArray("errors").toString()).contains("\"topic\"");
    assertProblem(badVisibility, 400);
    assertThat(badVisibility.json().getJsonArray("errors").toString()).contains("\"visibility\"");
    assertProblem(taken, 409);
    assertProblem(DESK.post("/groups", "not json", "application/json"), 400);
  }

  @Test
  void aChangeNamesTheVersionItEditedAndAStaleOneIsRefused() {
    JsonObject group = created(DESK, group(Api.unique("Stroke"), "OPEN"));
    String path = "/groups/" + id(group);
    String renamed = Api.unique("Life after stroke");
    long seen = group.getJsonNumber("version").longValue();

    Response changed =
        DESK.put(
            path,
            Api.with(
                Api.with(group(renamed, "PRIVATE"), "version", Json.createValue(seen)),
                "description",
                Api.text("New words")));
    Response stale =
        MODERATOR.put(
            path, Api.with(group(Api.unique("Lost"), "OPEN"), "version", Json.createValue(seen)));
    Response noVersion = DESK.put(path, group(Api.unique("Nv"), "OPEN"));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getJsonNumber("version").longValue()).isEqualTo(seen + 1);
    assertProblem(stale, 409);
    assertProblem(noVersion, 400);
    JsonObject now = DESK.get(path + "/setup").json();
    assertThat(now.getString("name")).isEqualTo(renamed);
    assertThat(now.getString("description")).isEqualTo("New words");
    assertThat(now.getString("visibility")).isEqualTo("PRIVATE");
    assertProblem(
        DESK.put("/groups/999999", Api.with(group("q", "OPEN"), "version", Json.createValue(0L))),
        404);
    assertProblem(
        Api.demo("bob").put(path, Api.with(group("q", "OPEN"), "version", Json.createValue(1L))),
        403);
    assertThat(Api.auditEntries("desk.jones", "COMMUNITY_GROUP_REVISE", "SUCCESS")).isNotEmpty();
  }

  @Test
  void twoStaffChangingAGroupAtOnceNeverBothWin() {
    JsonObject group = created(DESK, group(Api.unique("Arthritis"), "OPEN"));
    long seen = group.getJsonNumber("version").longValue();
    Credentials other = Api.newStaff("grp", "STAFF");
    List<Api> editors = List.of(DESK, Api.as(other.username(), other.password()));
    List<String> names = List.of(Api.unique("First"), Api.unique("Second"));

    List<Response> answers =
        Race.run(
            2,
            i -> assertThat(editors.get(i).get("/me").status()).isEqualTo(200),
            i ->
                editors
                    .get(i)
                    .put(
                        "/groups/" + id(group),
                        Api.with(group(names.get(i), "OPEN"), "version", Json.createValue(seen))));

    assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
    int winner = answers.get(0).status() == 200 ? 0 : 1;
    JsonObject now = DESK.get("/groups/" + id(group) + "/setup").json();
    assertThat(now.getString("name")).isEqualTo(names.get(winner));
    assertThat(now.getJsonNumber("version").longValue()).isEqualTo(seen + 1);
  }

  @Test
  void staffAndTrustedMembersAreNamedModeratorsAndThenModerateTheGroup() {
    JsonObject group = created(DESK, group(Api.unique("Heart rhythm"), "OPEN"));
    long groupId = id(group);
    String moderators = "/groups/" + groupId + "/moderators/";
    Credentials nurse = Api.newStaff("grp-nurse", "CLINICIAN");
    Api newcomer = Community.member(groupId);
    String newcomerName = newcomer.get("/me").json().getString("username");

    Response staff = DESK.put(moderators + nurse.username());
    Response untrusted = DESK.put(moderators + newcomerName);
    Response outsider = DESK.put(moderators + "bob");
    Response unknown = DESK.put(moderators + "nobody-" + Api.unique("x"));

    assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
    assertThat(staff.json().getJsonArray("moderators").toString())
        .contains(nurse.username())
        .contains("\"staff\":true");
    assertProblem(untrusted, 422);
    assertProblem(outsider, 422);
    assertProblem(unknown, 404);
    Api nurseApi = Api.as(nurse.username(), nurse.password());
    long held = id(write(newcomer, groupId, Api.unique("Hello"), "I am new."));
    assertThat(nurseApi.get("/moderation/queue").jsonArray().getValuesAs(JsonObject.class))
        .as("the nurse's queue holds her group's held post")
        .anyMatch(i -> !i.isNull("postId") && i.getJsonNumber("postId").longValue() == held);

    // Two approved posts make the newcomer trusted; then they may be named.
    long second = id(write(newcomer, groupId, Api.unique("Again"), "Still new."));
    assertThat(nurseApi.post("/moderation/posts/" + held + "/approve", reason("Welcome")).status())
        .isEqualTo(200);
    assertThat(nurseApi.post("/moderation/posts/" + second + "/approve", reason("Fine")).status())
        .isEqualTo(200);
    Response trusted = DESK.put(moderators + newcomerName);
    assertThat(trusted.status()).as(trusted.toString()).isEqualTo(200);
    assertThat(trusted.json().getJsonArray("moderators").toString())
        .contains(newcomerName)
        .contains("\"staff\":false");
    assertThat(newcomer.get("/moderation/queue").status()).isEqualTo(200);

    Response withdrawn = DESK.delete(moderators + newcomerName);
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().getJsonArray("moderators").toString()).doesNotContain(newcomerName);
    assertProblem(newcomer.get("/moderation/queue"), 403);
    assertThat(newcomer.get("/groups/" + groupId + "/posts").status())
        .as("still a member")
        .isEqualTo(200);
    assertProblem(DESK.delete(moderators + newcomerName), 422);
    assertProblem(Api.demo("alice").put(moderators + nurse.username()), 403);
    assertThat(Api.auditEntries("desk.jones", "COMMUNITY_GROUP_MODERATOR_NAME", "SUCCESS"))
        .isNotEmpty();
  }
}
