package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.privateGroup;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests to join a private group over the API: the newcomer waits and cannot read the group, the
 * group's moderators see who waits and admit or decline (the member is told), strangers are kept
 * out, and two moderators admitting the same request at once never both win.
 */
class JoinRequestsApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  private static Api newcomer() {
    Credentials patient = Api.newPatient("join");
    return Api.as(patient.username(), patient.password());
  }

  private static long accountIdOf(Api who) {
    return who.get("/me").json().getJsonNumber("id").longValue();
  }

  private static String requests(long group) {
    return "/groups/" + group + "/requests";
  }

  private static List<JsonObject> waiting(long group) {
    Response list = MODERATOR.get(requests(group));
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().getValuesAs(JsonObject.class);
  }

  private static boolean waits(long group, long accountId) {
    return waiting(group).stream()
        .anyMatch(r -> r.getJsonNumber("accountId").longValue() == accountId);
  }

  @Test
  void aModeratorAdmitsAWaitingNewcomerWhoIsToldAndMayThenReadTheGroup() {
    long group = privateGroup();
    Api newcomer = newcomer();
    long accountId = accountIdOf(newcomer);

    Response joined = newcomer.post("/groups/" + group + "/join");
    Response readBefore = newcomer.get("/groups/" + group + "/posts");
    boolean waitedInTheList = waits(group, accountId);
    Response admitted = MODERATOR.post(requests(group) + "/" + accountId + "/approve");
    Response again = MODERATOR.post(requests(group) + "/" + accountId + "/approve");

    assertThat(joined.status()).as(joined.toString()).isEqualTo(202);
    assertThat(readBefore.status()).as("a private group, not yet a member").isEqualTo(404);
    assertThat(waitedInTheList).isTrue();
    assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
    assertThat(admitted.json().getString("status")).isEqualTo("ACTIVE");
    assertProblem(again, 409);
    assertThat(waits(group, accountId)).isFalse();
    assertThat(newcomer.get("/groups/" + group + "/posts").status()).isEqualTo(200);
    assertThat(newcomer.get("/me/notifications?size=20").items())
        .anyMatch(n -> n.getString("title").startsWith("You are now a member"));
  }

  @Test
  void aDeclinedNewcomerIsToldStaysOutAndMayAskAgain() {
    long group = privateGroup();
    Api newcomer = newcomer();
    long accountId = accountIdOf(newcomer);
    newcomer.post("/groups/" + group + "/join");

    Response declined = MODERATOR.post(requests(group) + "/" + accountId + "/decline");
    Response declinedAgain = MODERATOR.post(requests(group) + "/" + accountId + "/decline");

    assertThat(declined.status()).as(declined.toString()).isEqualTo(204);
    assertProblem(declinedAgain, 404);
    assertThat(newcomer.get("/groups/" + group + "/posts").status()).isEqualTo(404);
    assertThat(newcomer.get("/me/notifications?size=20").items())
        .anyMatch(n -> n.getString("title").startsWith("Your request to join"));
    assertThat(newcomer.post("/groups/" + group + "/join").status()).isEqualTo(202);
    assertThat(waits(group, accountId)).isTrue();
  }

  @Test
  void onlyThoseWhoModerateTheGroupSeeOrAnswerRequests() {
    long group = privateGroup();
    Api waiting = newcomer();
    long accountId = accountIdOf(waiting);
    waiting.post("/groups/" + group + "/join");
    Api stranger = newcomer();

    assertProblem(stranger.get(requests(group)), 404);
    assertProblem(stranger.post(requests(group) + "/" + accountId + "/approve"), 404);
    assertProblem(waiting.post(requests(group) + "/" + accountId + "/approve"), 404);
    long openGroup = Community.firstGroup();
    assertProblem(Api.demo("alice").get(requests(openGroup)), 403);
    assertProblem(MODERATOR.post(requests(group) + "/99999999/approve"), 404);
    assertThat(waits(group, accountId)).as("nothing changed").isTrue();
  }

  @Test
  void twoModeratorsAdmittingTheSameRequestAtOnceNeverBothWin() {
    long group = privateGroup();
    Api newcomer = newcomer();
    long accountId = accountIdOf(newcomer);
    newcomer.post("/groups/" + group + "/join");
    Credentials second = Api.newStaff("mod", "MODERATOR");
    List<Api> moderators = List.of(MODERATOR, Api.as(second.username(), second.password()));

    List<Response> answers =
        Race.run(
            2,
            i -> assertThat(moderators.get(i).get("/me").status()).isEqualTo(200),
            i -> moderators.get(i).post(requests(group) + "/" + accountId + "/approve"));

    assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
    assertThat(newcomer.get("/groups/" + group + "/posts").status()).isEqualTo(200);
  }
}
