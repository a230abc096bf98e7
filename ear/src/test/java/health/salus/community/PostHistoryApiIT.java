package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the API: a post's edit history ({@code GET /posts/{id}/revisions}) lists the versions its
 * author replaced, newest first and paged, each rendered and sanitised as posts are, for the post's
 * author and those who moderate its group (the group's own moderator, a MODERATOR) and nobody else:
 * another member gets 404, as for a post that does not exist.
 */
class PostHistoryApiIT {

  private static void edit(Api author, long post, String title, String body) {
    Response edited = author.put("/posts/" + post, Community.post(title, body));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
  }

  private static Response history(Api who, long post, String query) {
    return who.get("/posts/" + post + "/revisions" + query);
  }

  @Test
  void theAuthorReadsTheEarlierVersionsSanitisedNewestFirst() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    long post = id(write(alice, group, "Walking group", "Meet at **nine**."));
    assertThat(history(alice, post, "").json().getJsonNumber("total").longValue())
        .as("never changed")
        .isZero();

    edit(
        alice,
        post,
        "Walking group, later",
        "Meet at ten <script>alert(1)</script><img src=x onerror=alert(2)>"
            + " [map](javascript:alert(3))");
    edit(alice, post, "Walking group, final", "Meet at eleven.");

    Response read = history(alice, post, "");
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.total()).isEqualTo(2);
    List<JsonObject> versions = read.items();
    assertThat(versions).extracting(v -> v.getInt("version")).containsExactly(2, 1);
    JsonObject second = versions.get(0);
    JsonObject first = versions.get(1);
    assertThat(first.getString("title")).isEqualTo("Walking group");
    assertThat(first.getString("bodyHtml")).contains("<strong>nine</strong>");
    assertThat(second.getString("title")).isEqualTo("Walking group, later");
    assertThat(second.getString("bodyHtml"))
        .contains("Meet at ten", "&lt;script&gt;")
        .doesNotContain("<script", "<img", "javascript:", "href")
        .doesNotContainPattern("<[^>]*onerror");
    assertThat(Instant.parse(first.getString("replacedAt")))
        .isEqualTo(Instant.parse(second.getString("writtenAt")));
    assertThat(Instant.parse(first.getString("writtenAt")))
        .isBeforeOrEqualTo(Instant.parse(first.getString("replacedAt")));

    Response older = history(alice, post, "?page=1&size=1");
    assertThat(older.total()).isEqualTo(2);
    assertThat(older.items()).extracting(v -> v.getInt("version")).containsExactly(1);
    assertThat(older.items().get(0).getString("writtenAt"))
        .as("the oldest version was written when the post was")
        .isEqualTo(first.getString("writtenAt"));
    assertProblem(history(alice, post, "?page=-1"), 400);
    assertProblem(history(alice, post, "?size=none"), 400);
  }

  @Test
  void onlyTheAuthorAndTheGroupsModeratorsReadIt() {
    Community.ModeratedGroup moderated = Community.groupWithItsOwnModerator("H");
    long group = moderated.id();
    Api own = moderated.moderator();
    Api author = Community.member(group);
    Api other = Community.member(group);
    long post =
        id(write(author, group, "Big news", "My neurologist says it is early Parkinson disease."));
    Response approved =
        own.post("/moderation/posts/" + post + "/approve", Community.reason("Welcome"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    edit(author, post, "Big news", "Still getting used to some news.");

    assertThat(history(author, post, "").total()).as("the author").isEqualTo(1);
    Response ownRead = history(own, post, "");
    assertThat(ownRead.status()).as(ownRead.toString()).isEqualTo(200);
    assertThat(ownRead.items().get(0).getString("bodyHtml"))
        .as("the group's own moderator")
        .contains("Parkinson");
    assertThat(history(Api.demo("mod.lee"), post, "").total()).as("a MODERATOR").isEqualTo(1);

    Response otherRead = history(other, post, "");
    assertProblem(otherRead, 404);
    assertThat(otherRead.toString()).doesNotContain("Parkinson");
    assertThat(otherRead.json().getString("detail"))
        .as("as for a post that does not exist")
        .isEqualTo(history(other, Long.MAX_VALUE, "").json().getString("detail"));
    assertProblem(history(Api.demo("bob"), post, ""), 404);
    Response read = other.get("/posts/" + post);
    assertThat(read.status()).as("the post itself stays readable").isEqualTo(200);
    JsonObject shown = read.json().getJsonObject("post");
    assertThat(shown.getString("editedAt", null)).as("still said to be changed").isNotNull();
    assertThat(shown.getBoolean("mayReadHistory")).isFalse();
    assertThat(
            author.get("/posts/" + post).json().getJsonObject("post").getBoolean("mayReadHistory"))
        .isTrue();
    assertThat(own.get("/posts/" + post).json().getJsonObject("post").getBoolean("mayReadHistory"))
        .isTrue();

    long elsewhere = firstGroup();
    long theirs = id(write(Api.demo("alice"), elsewhere, "Elsewhere", "First words."));
    edit(Api.demo("alice"), theirs, "Elsewhere", "Second words.");
    assertProblem(history(own, theirs, ""), 404);
    assertThat(history(Api.demo("mod.lee"), theirs, "").total()).isEqualTo(1);
  }

  @Test
  void aHeldPostsHistoryIsForItsAuthorAndModeratorsOnly() {
    long group = firstGroup();
    Api newcomer = Community.member(group);
    long post = id(write(newcomer, group, "Hello", "My first words."));
    edit(newcomer, post, "Hello again", "My second words.");

    assertThat(history(newcomer, post, "").items())
        .extracting(v -> v.getString("title"))
        .containsExactly("Hello");
    assertThat(history(Api.demo("mod.lee"), post, "").total()).isEqualTo(1);
    assertProblem(history(Api.demo("bob"), post, ""), 404);
    assertProblem(history(Api.demo("bob"), Long.MAX_VALUE, ""), 404);
    assertThat(Api.anonymous().get("/posts/" + post + "/revisions").status()).isEqualTo(401);
  }
}
