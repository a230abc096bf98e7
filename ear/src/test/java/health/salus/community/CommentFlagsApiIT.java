package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.flag;
import static health.salus.community.Community.id;
import static health.salus.community.Community.member;
import static health.salus.community.Community.reason;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Flags on comments, as on posts ({@code POST /comments/{id}/flags}): the same reasons, once per
 * member, not one's own; three open flags hide the comment until a moderator reviews it from the
 * queue, where it waits with its reasons; a flagging watched word flags it.
 */
class CommentFlagsApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  private static long comment(Api who, long postId, String body) {
    Response made =
        who.post(
            "/posts/" + postId + "/comments", Json.createObjectBuilder().add("body", body).build());
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return id(made.json());
  }

  private static List<Long> comments(Api who, long postId) {
    return who
        .get("/posts/" + postId)
        .json()
        .getJsonArray("comments")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(Community::id)
        .toList();
  }

  private static Optional<JsonObject> queued(long commentId) {
    return MODERATOR.get("/moderation/queue").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("kind").equals("COMMENT"))
        .filter(i -> i.getJsonNumber("commentId").longValue() == commentId)
        .findFirst();
  }

  @Test
  void threeFlagsHideACommentUntilAModeratorReviewsIt() {
    long group = firstGroup();
    long postId =
        id(write(Api.demo("alice"), group, Api.unique("Snacks"), "What do you snack on?"));
    long commentId = comment(Api.demo("bob"), postId, "Try my shop's sugar-free lollies.");
    List<Api> flaggers = List.of(Api.demo("alice"), member(group), member(group));

    Response first =
        flaggers.get(0).post("/comments/" + commentId + "/flags", flag("SPAM", "Advert"));
    Response second = flaggers.get(1).post("/comments/" + commentId + "/flags", flag("SPAM", ""));

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getString("commentStatus")).isEqualTo("PUBLISHED");
    assertThat(second.json().getJsonNumber("postId").longValue()).isEqualTo(postId);
    assertThat(comments(Api.demo("carol"), postId)).as("still shown").contains(commentId);
    assertThat(queued(commentId).orElseThrow().getJsonArray("reasons").toString())
        .contains("FLAG:SPAM: Advert");

    Response third = flaggers.get(2).post("/comments/" + commentId + "/flags", flag("ABUSE", "x"));

    assertThat(third.json().getString("commentStatus")).isEqualTo("HIDDEN");
    assertThat(comments(Api.demo("carol"), postId))
        .as("hidden from others")
        .doesNotContain(commentId);
    assertThat(comments(Api.demo("bob"), postId))
        .as("its author still sees it")
        .contains(commentId);
    JsonObject item = queued(commentId).orElseThrow();
    assertThat(item.getString("status")).isEqualTo("HIDDEN");
    assertThat(item.getJsonArray("reasons").toString()).contains("FLAGS").contains("FLAG:ABUSE");

    Response restored =
        MODERATOR.post("/moderation/comments/" + commentId + "/restore", reason("It is fine"));
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(restored.json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(comments(Api.demo("carol"), postId)).contains(commentId);
    assertThat(queued(commentId)).as("reviewed: out of the queue").isEmpty();
    assertThat(Api.auditEntries("alice", "MODERATION_COMMENT_FLAG", "SUCCESS")).isNotEmpty();
  }

  @Test
  void aFlagNeedsAReasonIsOncePerMemberNotOnOnesOwnAndMembersOnly() {
    long group = firstGroup();
    long postId = id(write(Api.demo("alice"), group, Api.unique("Rules"), "Flag rules"));
    long commentId = comment(Api.demo("bob"), postId, "A plain comment.");
    String path = "/comments/" + commentId + "/flags";

    assertThat(Api.demo("alice").post(path, flag("MISINFORMATION", "")).status()).isEqualTo(201);
    assertProblem(Api.demo("alice").post(path, flag("SPAM", "")), 409);
    assertProblem(Api.demo("bob").post(path, flag("SPAM", "")), 422);
    assertProblem(Api.demo("carol").post(path, flag("RUDE", "")), 400);
    assertProblem(Api.demo("carol").post(path, flag("SPAM", "c".repeat(1001))), 400);
    assertProblem(Api.demo("dr.chen").post(path, flag("SPAM", "")), 403);
    assertProblem(Api.demo("alice").post("/comments/999999/flags", flag("SPAM", "")), 404);
    assertThat(Api.anonymous().post(path, flag("SPAM", "")).status()).isEqualTo(401);
    Response hidden = MODERATOR.post("/moderation/comments/" + commentId + "/hide", reason("Rude"));
    assertThat(hidden.json().getString("status")).isEqualTo("HIDDEN");
    assertProblem(Api.demo("carol").post(path, flag("SPAM", "")), 404);
  }

  @Test
  void aFlaggingWatchedWordFlagsTheCommentAndItWaitsForReviewPublished() {
    long group = firstGroup();
    long postId = id(write(Api.demo("alice"), group, Api.unique("Words"), "Watched words"));

    Response made =
        Api.demo("bob")
            .post(
                "/posts/" + postId + "/comments",
                Json.createObjectBuilder().add("body", "This tea is a miracle cure.").build());

    assertThat(made.json().getString("status")).isEqualTo("PUBLISHED");
    JsonObject item = queued(id(made.json())).orElseThrow();
    assertThat(item.getJsonArray("reasons").toString()).contains("WATCHED_WORD:miracle cure");
  }
}
