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
 * author replaced, newest first and paged, each rendered and sanitised as posts are, for whoever
 * may read the post and nobody else.
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
  void whoeverReadsThePostReadsItsEarlierVersionsSanitisedNewestFirst() {
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

    Response read = history(Api.demo("bob"), post, "");
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
