package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.flag;
import static health.salus.community.Community.id;
import static health.salus.community.Community.inFeed;
import static health.salus.community.Community.member;
import static health.salus.community.Community.reason;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moderation over the API: flags hide a post at the threshold, the queue says why, moderators act
 * with a reason (logged and told to the author), others are refused, trust grows with approvals and
 * falls with upheld flags, and administrators edit the watched words.
 */
class ModerationApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  private static List<JsonObject> queue() {
    Response queue = MODERATOR.get("/moderation/queue");
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    return queue.jsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject queued(long postId) {
    return queue().stream()
        .filter(i -> i.getString("kind").equals("POST") && idOf(i, "postId") == postId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("post " + postId + " not in the queue"));
  }

  private static long idOf(JsonObject object, String field) {
    return object.getJsonNumber(field).longValue();
  }

  @Test
  void threeFlagsHideAPostUntilAModeratorReviewsIt() {
    long group = firstGroup();
    long postId = id(write(Api.demo("alice"), group, Api.unique("Flag me"), "An ordinary post"));
    Api first = member(group);
    Api second = member(group);
    Api third = member(group);

    Response one = first.post("/posts/" + postId + "/flags", flag("SPAM", "advert"));
    Response twice = first.post("/posts/" + postId + "/flags", flag("ABUSE", ""));
    Response two = second.post("/posts/" + postId + "/flags", flag("MISINFORMATION", ""));
    boolean visibleAfterTwo = inFeed(Api.demo("bob"), group, postId);
    Response three = third.post("/posts/" + postId + "/flags", flag("ABUSE", "rude"));

    assertThat(one.status()).as(one.toString()).isEqualTo(201);
    assertThat(one.json().getJsonNumber("id")).isNotNull();
    assertProblem(twice, 409);
    assertThat(two.json().getString("postStatus")).isEqualTo("PUBLISHED");
    assertThat(visibleAfterTwo).isTrue();
    assertThat(three.json().getString("postStatus")).isEqualTo("HIDDEN");
    assertThat(inFeed(Api.demo("bob"), group, postId)).isFalse();
    assertThat(inFeed(Api.demo("alice"), group, postId)).as("the author still sees it").isTrue();
    JsonObject item = queued(postId);
    assertThat(item.getString("status")).isEqualTo("HIDDEN");
    assertThat(item.getJsonArray("reasons").toString()).contains("FLAGS", "FLAG:SPAM: advert");
    assertProblem(Api.demo("alice").post("/posts/" + postId + "/flags", flag("SPAM", "")), 422);
  }

  @Test
  void moderatorsActWithAReasonThatIsLoggedAndToldToTheAuthor() {
    long group = firstGroup();
    Api author = member(group);
    long postId = id(write(author, group, Api.unique("Question"), "Is this normal?"));
    String why = "Welcome! Your post is fine. " + Api.unique("ok");
    String hideWhy = "Please keep health advice general. " + Api.unique("hide");

    assertProblem(MODERATOR.post("/moderation/posts/" + postId + "/approve", reason(" ")), 400);
    Response approved = MODERATOR.post("/moderation/posts/" + postId + "/approve", reason(why));
    Response restoreLive = MODERATOR.post("/moderation/posts/" + postId + "/restore", reason("x"));
    Response hidden = MODERATOR.post("/moderation/posts/" + postId + "/hide", reason(hideWhy));

    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("PUBLISHED");
    assertProblem(restoreLive, 422);
    assertThat(hidden.json().getString("status")).isEqualTo("HIDDEN");
    assertThat(inFeed(Api.demo("bob"), group, postId)).isFalse();
    JsonObject own = author.get("/posts/" + postId).json().getJsonObject("post");
    assertThat(own.getString("status")).isEqualTo("HIDDEN");
    assertThat(own.getString("moderationNote")).isEqualTo(hideWhy);
    assertThat(Api.demo("bob").get("/posts/" + postId).status()).isEqualTo(404);
    List<JsonObject> notices = author.get("/me/notifications?size=50").items();
    assertThat(notices).anyMatch(n -> n.getString("body").contains(hideWhy));
    List<JsonObject> log = MODERATOR.get("/moderation/log?size=50").items();
    JsonObject latest =
        log.stream()
            .filter(
                e -> e.containsKey("postId") && !e.isNull("postId") && idOf(e, "postId") == postId)
            .findFirst()
            .orElseThrow();
    assertThat(latest.getString("action")).isEqualTo("HIDE");
    assertThat(latest.getString("reason")).isEqualTo(hideWhy);
    assertThat(latest.getString("moderatorUsername")).isEqualTo("mod.lee");
    assertThat(latest.getString("at")).isNotBlank();
    assertThat(log)
        .anyMatch(
            e -> e.getString("reason").equals(why) && e.getString("action").equals("APPROVE"));
    assertThat(Api.admin().get("/moderation/log").status()).isEqualTo(200);
    Response restored =
        MODERATOR.post("/moderation/posts/" + postId + "/restore", reason("Looked again"));
    assertThat(restored.json().getString("status")).isEqualTo("PUBLISHED");
  }

  @Test
  void othersAreRefused() {
    long group = firstGroup();
    long postId = id(write(Api.demo("alice"), group, Api.unique("Visible"), "Nice day"));
    Api bob = Api.demo("bob");

    assertProblem(bob.get("/moderation/queue"), 403);
    assertProblem(bob.post("/moderation/posts/" + postId + "/hide", reason("mine now")), 403);
    assertProblem(bob.get("/moderation/log"), 403);
    assertProblem(Api.demo("dr.chen").get("/moderation/queue"), 403);
    assertProblem(MODERATOR.post("/moderation/posts/" + postId + "/shred", reason("x")), 404);
    assertProblem(MODERATOR.post("/moderation/posts/99999999/hide", reason("x")), 404);
    assertThat(inFeed(bob, group, postId)).isTrue();
  }

  @Test
  void aNewMembersPostsPublishOnceTwoWereApproved() {
    long group = firstGroup();
    Api newcomer = member(group);
    for (int i = 0; i < 2; i++) {
      JsonObject held = write(newcomer, group, Api.unique("Early " + i), "Early post " + i);
      assertThat(held.getString("status")).isEqualTo("PENDING_REVIEW");
      assertThat(queued(id(held)).getJsonArray("reasons").toString()).contains("NEW_MEMBER");
      MODERATOR.post("/moderation/posts/" + id(held) + "/approve", reason("Fine"));
    }

    JsonObject third = write(newcomer, group, Api.unique("Trusted"), "Now I am trusted");

    assertThat(third.getString("status")).isEqualTo("PUBLISHED");
  }

  @Test
  void trustFallsWhenFlagsOnTheMembersPostsAreUpheld() {
    long group = firstGroup();
    Api member = member(group);
    for (int i = 0; i < 2; i++) {
      JsonObject held = write(member, group, Api.unique("Early " + i), "Early post " + i);
      MODERATOR.post("/moderation/posts/" + id(held) + "/approve", reason("Fine"));
    }
    Api flagger = member(group);
    for (int i = 0; i < 2; i++) {
      JsonObject post =
          write(member, group, Api.unique("Cheap strips " + i), "Selling strips " + i);
      assertThat(post.getString("status")).as("trusted: published at once").isEqualTo("PUBLISHED");
      Response flagged = flagger.post("/posts/" + id(post) + "/flags", flag("SPAM", "selling"));
      assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
      Response hidden =
          MODERATOR.post("/moderation/posts/" + id(post) + "/hide", reason("No selling, please."));
      assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
    }

    JsonObject next = write(member, group, Api.unique("Sorry"), "I will not sell here again.");

    assertThat(next.getString("status"))
        .as("two upheld flags against two approved posts: held again")
        .isEqualTo("PENDING_REVIEW");
    assertThat(queued(id(next)).getJsonArray("reasons").toString()).contains("NEW_MEMBER");
  }

  @Test
  void administratorsEditTheWatchedWords() {
    String term = "zq" + Api.unique("w").substring(2).replace("-", "");
    JsonObject word =
        Json.createObjectBuilder()
            .add("term", term)
            .add("action", "HOLD")
            .add("language", "en")
            .build();

    assertProblem(MODERATOR.post("/moderation/watched-words", word), 403);
    Response added = Api.admin().post("/moderation/watched-words", word);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    JsonObject held =
        write(
            Api.demo("alice"),
            firstGroup(),
            Api.unique("Word"),
            "I like " + term.toUpperCase() + ".");
    assertThat(held.getString("status")).isEqualTo("PENDING_REVIEW");
    assertProblem(Api.admin().post("/moderation/watched-words", word), 409);
    assertProblem(
        Api.admin()
            .post(
                "/moderation/watched-words",
                Json.createObjectBuilder().add("term", "x").add("action", "BAN").build()),
        400);
    assertThat(MODERATOR.get("/moderation/watched-words").jsonArray().toString())
        .contains("viagra", "代购");
    assertThat(Api.admin().delete("/moderation/watched-words/" + id(added.json())).status())
        .isEqualTo(204);
    JsonObject after =
        write(Api.demo("alice"), firstGroup(), Api.unique("Word"), "I like " + term + ".");
    assertThat(after.getString("status")).isEqualTo("PUBLISHED");
  }
}
