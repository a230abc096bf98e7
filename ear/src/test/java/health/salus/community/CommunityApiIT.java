package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.feed;
import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.inFeed;
import static health.salus.community.Community.member;
import static health.salus.community.Community.post;
import static health.salus.community.Community.privateGroup;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community API: groups and membership, who may post and read, held and published posts,
 * watched words, sanitised bodies, keyset paging (newest and most helpful first) and validation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunityApiIT {

  @Test
  void anonymousCallersAreNotLetIn() {
    assertThat(Api.anonymous().get("/groups").status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/groups/" + firstGroup() + "/posts").status()).isEqualTo(401);
    assertThat(Api.anonymous().post("/posts/1/flags", Community.flag("SPAM", "x")).status())
        .isEqualTo(401);
  }

  @Test
  void groupsTellTheCallerWhetherTheyBelong() {
    List<JsonObject> groups = Community.groups(Api.demo("alice"));
    JsonObject first = groups.stream().filter(g -> id(g) == firstGroup()).findFirst().orElseThrow();
    assertThat(first.getString("visibility")).isEqualTo("OPEN");
    assertThat(first.getBoolean("member")).isTrue();
    JsonObject closed =
        groups.stream().filter(g -> id(g) == privateGroup()).findFirst().orElseThrow();
    assertThat(closed.getBoolean("member")).isFalse();
    assertThat(closed.getString("name")).isNotBlank();
    assertThat(closed.getString("topic")).isNotBlank();
  }

  @Test
  void anOpenGroupIsJoinedAtOnceAndAPrivateOneWaitsForApproval() {
    Credentials patient = Api.newPatient("cm");
    Api api = Api.as(patient.username(), patient.password());

    Response open = api.post("/groups/" + firstGroup() + "/join");
    Response again = api.post("/groups/" + firstGroup() + "/join");
    Response closed = api.post("/groups/" + privateGroup() + "/join");

    assertThat(open.status()).as(open.toString()).isEqualTo(200);
    assertThat(open.json().getBoolean("member")).isTrue();
    assertThat(again.status()).as("joining again").isEqualTo(200);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(202);
    assertThat(closed.json().getBoolean("member")).isFalse();
    assertThat(closed.json().getString("membership")).isEqualTo("PENDING");
    assertProblem(api.get("/groups/" + privateGroup() + "/posts"), 404);
    assertProblem(
        api.post("/groups/" + privateGroup() + "/posts", post("Hello", "Anyone here?")), 404);
    assertThat(Api.demo("carol").get("/groups/" + privateGroup() + "/posts").status())
        .as("a member reads the private group")
        .isEqualTo(200);
    assertProblem(api.post("/groups/999999/join"), 404);
  }

  @Test
  void onlyMembersPostButAnyoneSignedInReadsAnOpenGroup() {
    Credentials outsider = Api.newPatient("cm");
    Api api = Api.as(outsider.username(), outsider.password());
    long group = firstGroup();

    Response refused = api.post("/groups/" + group + "/posts", post("Hi", "Let me in"));

    assertProblem(refused, 403);
    assertThat(api.get("/groups/" + group + "/posts").status()).isEqualTo(200);
    assertThat(feed(api, group)).noneMatch(p -> p.getString("title").equals("Hi"));
    assertProblem(Api.demo("dr.chen").post("/groups/" + group + "/join"), 403);
  }

  @Test
  void aNewMembersPostIsHeldAndOnlyTheAuthorSeesIt() {
    long group = firstGroup();
    Api newcomer = member(group);
    String title = Api.unique("First post");

    JsonObject held = write(newcomer, group, title, "Hello everyone, I am new here.");
    JsonObject trusted = write(Api.demo("alice"), group, Api.unique("Alice"), "Good morning all.");

    assertThat(held.getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(trusted.getString("status")).as("alice is established").isEqualTo("PUBLISHED");
    JsonObject own =
        feed(newcomer, group).stream().filter(p -> id(p) == id(held)).findFirst().orElseThrow();
    assertThat(own.getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(own.getString("authorUsername")).isNotBlank();
    assertThat(own.getString("createdAt")).isNotBlank();
    assertThat(inFeed(Api.demo("bob"), group, id(held))).as("others do not see it").isFalse();
    assertProblem(Api.demo("bob").get("/posts/" + id(held)), 404);
    assertThat(inFeed(Api.demo("bob"), group, id(trusted))).isTrue();
    assertThat(newcomer.get("/posts/" + id(held)).status()).isEqualTo(200);
  }

  @Test
  void watchedWordsHoldOrBlockWithAClearMessage() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    String blockedTitle = Api.unique("Selling");

    JsonObject held = write(alice, group, Api.unique("Offer"), "Cheap VIAGRA, ask me.");
    Response blocked =
        alice.post("/groups/" + group + "/posts", post(blockedTitle, "You can buy   Xanax here"));
    JsonObject chinese = write(alice, group, Api.unique("代购"), "可以帮忙代购，加微信联系");

    assertThat(held.getString("status")).isEqualTo("PENDING_REVIEW");
    assertProblem(blocked, 422);
    assertThat(blocked.json().getString("detail")).contains("buy xanax");
    assertThat(feed(alice, group)).noneMatch(p -> p.getString("title").equals(blockedTitle));
    assertThat(chinese.getString("status")).isEqualTo("PENDING_REVIEW");
  }

  @Test
  void bodiesAreRenderedAndSanitised() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    JsonObject created =
        write(
            alice,
            group,
            Api.unique("Markdown"),
            "**bold** <script>window.__xss=1</script> [click](javascript:alert(1))"
                + " <img src=x onerror=\"window.__xss=1\">");

    JsonObject post = Api.demo("bob").get("/posts/" + id(created)).json().getJsonObject("post");

    String html = post.getString("bodyHtml");
    assertThat(html).contains("<strong>bold</strong>");
    assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "<img");
    assertThat(html)
        .as("no event handler attribute")
        .doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
  }

  @Test
  void theFeedPagesByCursorNewestFirst() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    for (int i = 0; i < 3; i++) {
      write(alice, group, Api.unique("Paging " + i), "Post number " + i);
    }

    List<Long> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      Response page =
          alice.get(
              "/groups/" + group + "/posts?size=2" + (next == null ? "&page=0" : "&after=" + next));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      JsonObject body = page.json();
      body.getJsonArray("items").getValuesAs(JsonObject.class).forEach(p -> seen.add(id(p)));
      next = !body.containsKey("next") || body.isNull("next") ? null : body.getString("next");
      pages++;
    } while (next != null && pages < 100);

    assertThat(pages).isGreaterThan(1);
    assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    Set<Long> unique = new HashSet<>(seen);
    assertThat(unique).hasSameSizeAs(seen);
  }

  @Test
  void theMostHelpfulComeFirstPagedByCursorThenTheNewest() {
    long group =
        id(
            GroupSetupApiIT.created(
                Api.demo("desk.jones"), GroupSetupApiIT.group(Api.unique("Helpful"), "OPEN")));
    Credentials author = Api.newPatient("helpful");
    assertThat(
            Api.as(author.username(), author.password())
                .post("/groups/" + group + "/join")
                .status())
        .isEqualTo(200);
    Deployments.callTestResource(
        "POST", "/test/community-posts/" + group + "/" + author.username() + "/5?title=Tip");
    List<Long> newest = feed(Api.demo("bob"), group).stream().map(Community::id).toList();
    assertThat(newest).hasSize(5);
    long a = newest.get(4);
    long b = newest.get(3);
    long c = newest.get(1);
    Api one = member(group);
    Api two = member(group);
    JsonObject helpful = Json.createObjectBuilder().add("kind", "HELPFUL").build();
    for (long post : List.of(a, b, c)) {
      assertThat(one.post("/posts/" + post + "/reactions", helpful).status()).isEqualTo(201);
    }
    for (long post : List.of(b, c)) {
      assertThat(two.post("/posts/" + post + "/reactions", helpful).status()).isEqualTo(201);
    }

    List<Long> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String next = null;
    do {
      Response page =
          one.get(
              "/groups/"
                  + group
                  + "/posts?sort=helpful&size=2"
                  + (next == null ? "" : "&after=" + next));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      JsonObject body = page.json();
      List<JsonObject> items = body.getJsonArray("items").getValuesAs(JsonObject.class);
      items.forEach(p -> seen.add(id(p)));
      sizes.add(items.size());
      next = body.isNull("next") ? null : body.getString("next");
      if (next != null) {
        JsonObject last = items.get(items.size() - 1);
        assertThat(next).isEqualTo(last.getInt("helpful") + ":" + id(last));
      }
    } while (next != null && sizes.size() < 10);

    assertThat(seen)
        .as("two helpful marks, newest first; then one; then none, newest first")
        .containsExactly(c, b, a, newest.get(0), newest.get(2));
    assertThat(sizes).containsExactly(2, 2, 1);
    assertProblem(one.get("/groups/" + group + "/posts?sort=helpful&after=2"), 400);
    assertProblem(one.get("/groups/" + group + "/posts?sort=helpful&after=x:1"), 400);
    assertProblem(one.get("/groups/" + group + "/posts?sort=helpful&page=1"), 400);
  }

  @Test
  void theAuthorsHeldPostTakesItsPlaceAmongThePublishedOnesPageByPage() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    Api newcomer = member(group);
    write(alice, group, Api.unique("Before"), "Published before the held one.");
    long held = id(write(newcomer, group, Api.unique("Held"), "Hello, I am new here."));
    long after = id(write(alice, group, Api.unique("After"), "Published after the held one."));

    List<Long> seen = new ArrayList<>();
    String next = null;
    do {
      Response page =
          newcomer.get(
              "/groups/" + group + "/posts?size=1" + (next == null ? "" : "&after=" + next));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      JsonObject body = page.json();
      body.getJsonArray("items").getValuesAs(JsonObject.class).forEach(p -> seen.add(id(p)));
      next = body.isNull("next") ? null : body.getString("next");
    } while (next != null && seen.size() < 4);

    assertThat(seen).startsWith(after, held);
    assertThat(seen).hasSize(4).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(inFeed(alice, group, held)).as("only its author sees it").isFalse();
  }

  @Test
  void badInputIsRefusedWithProblemsAndChangesNothing() {
    long group = firstGroup();
    Api alice = Api.demo("alice");

    Response noTitle = alice.post("/groups/" + group + "/posts", post(" ", "Body"));
    Response longBody = alice.post("/groups/" + group + "/posts", post("Long", "x".repeat(10001)));
    Response notJson = alice.post("/groups/" + group + "/posts", "{", "application/json");

    assertProblem(noTitle, 400);
    assertThat(noTitle.errorFields()).contains("title");
    assertProblem(longBody, 400);
    assertThat(longBody.errorFields()).contains("body");
    assertThat(notJson.status()).isEqualTo(400);
    assertProblem(alice.get("/groups/" + group + "/posts?after=abc"), 400);
    assertProblem(alice.get("/groups/" + group + "/posts?page=2"), 400);
    assertProblem(alice.get("/groups/" + group + "/posts?sort=oldest"), 400);
    long published = id(write(alice, group, Api.unique("React"), "React to me"));
    assertProblem(
        Api.demo("bob")
            .post(
                "/posts/" + published + "/reactions",
                Json.createObjectBuilder().add("kind", "LOVE").build()),
        400);
    assertProblem(
        Api.demo("bob").post("/posts/" + published + "/flags", Community.flag("RUDE", "")), 400);
    assertProblem(
        Api.demo("bob")
            .post(
                "/posts/" + published + "/comments",
                Json.createObjectBuilder().add("body", "").build()),
        400);
  }

  @Test
  void membersCommentAndReactOnceOutsidersMayNot() {
    long group = firstGroup();
    long published = id(write(Api.demo("alice"), group, Api.unique("Comments"), "Say hello"));
    Credentials outsider = Api.newPatient("cm");
    Api stranger = Api.as(outsider.username(), outsider.password());
    JsonObject helpful = Json.createObjectBuilder().add("kind", "HELPFUL").build();

    Response comment =
        Api.demo("bob")
            .post(
                "/posts/" + published + "/comments",
                Json.createObjectBuilder().add("body", "Hello *Alice*").build());
    Response first = Api.demo("bob").post("/posts/" + published + "/reactions", helpful);
    Response second = Api.demo("bob").post("/posts/" + published + "/reactions", helpful);

    assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    JsonObject detail = Api.demo("alice").get("/posts/" + published).json();
    assertThat(detail.getJsonObject("post").getInt("helpful")).isEqualTo(1);
    assertThat(detail.getJsonArray("comments").getValuesAs(JsonObject.class))
        .anyMatch(c -> c.getString("bodyHtml").contains("<em>Alice</em>"));
    assertProblem(
        stranger.post(
            "/posts/" + published + "/comments",
            Json.createObjectBuilder().add("body", "Hi").build()),
        403);
    assertProblem(stranger.post("/posts/" + published + "/reactions", helpful), 403);
  }

  @Test
  void authorsEditKeepingHistoryAndDeleteTheirOwnPosts() {
    long group = firstGroup();
    Api alice = Api.demo("alice");
    long postId = id(write(alice, group, Api.unique("Draft"), "First words"));

    Response edited = alice.put("/posts/" + postId, post("Better title", "Second words"));
    Response notMine = Api.demo("bob").put("/posts/" + postId, post("Mine now", "Hijacked"));

    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertProblem(notMine, 403);
    JsonObject post = Api.demo("bob").get("/posts/" + postId).json().getJsonObject("post");
    assertThat(post.getString("title")).isEqualTo("Better title");
    assertThat(post.getString("editedAt")).isNotBlank();
    assertThat(alice.delete("/posts/" + postId).status()).isEqualTo(204);
    assertProblem(Api.demo("bob").get("/posts/" + postId), 404);
    assertThat(inFeed(alice, group, postId)).isFalse();
  }
}
