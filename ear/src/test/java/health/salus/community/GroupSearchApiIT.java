package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.member;
import static health.salus.community.Community.privateGroup;
import static health.salus.community.Community.reason;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Deployments;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search within a group ({@code GET /groups/{id}/posts?q=}): the posts whose title or body holds
 * the words, newest first, only those the caller may see (never another member's held or hidden
 * post; the author's own held one, as the feed); Chinese matched anywhere; paged by cursor;
 * bounded: a page reads a thousand of the group's posts at most, and leads on past them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupSearchApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  static Response search(Api who, long group, String words, String more) {
    return who.get(
        "/groups/" + group + "/posts?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + more);
  }

  static List<Long> found(Api who, long group, String words) {
    Response answer = search(who, group, words, "&size=50");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(Community::id)
        .toList();
  }

  @Test
  void findsTheWordsInTitleOrBodyWithoutCaseNewestFirst() {
    long group = firstGroup();
    String word = Api.unique("zucchini").replaceAll("[^A-Za-z0-9]", "");
    long inBody =
        id(write(Api.demo("alice"), group, Api.unique("Lunch"), "Grated " + word + " in muffins."));
    long inTitle =
        id(write(Api.demo("bob"), group, word.toUpperCase() + " soup", "Easy and warm."));
    long other = id(write(Api.demo("bob"), group, Api.unique("Other"), "Nothing to see."));

    List<Long> found = found(Api.demo("carol"), group, word.toLowerCase());

    assertThat(found).containsExactly(inTitle, inBody);
    assertThat(found).doesNotContain(other);
    assertThat(found(Api.demo("bob"), group, "no-such-words-" + word)).isEmpty();
  }

  @Test
  void neverShowsAnotherMembersHeldOrHiddenPostButTheAuthorSeesTheirOwn() {
    long group = firstGroup();
    String word = Api.unique("kohlrabi").replaceAll("[^A-Za-z0-9]", "");
    Api newcomer = member(group);
    long held = id(write(newcomer, group, Api.unique("New"), "I grow " + word + "."));
    long hidden = id(write(Api.demo("alice"), group, Api.unique("Hide me"), "More " + word));
    long published = id(write(Api.demo("alice"), group, Api.unique("Keep"), "Also " + word));
    Response hid = MODERATOR.post("/moderation/posts/" + hidden + "/hide", reason("Off topic"));
    assertThat(hid.status()).as(hid.toString()).isEqualTo(200);

    assertThat(found(Api.demo("bob"), group, word)).containsExactly(published);
    assertThat(found(newcomer, group, word)).containsExactly(published, held);
    assertThat(found(Api.demo("alice"), group, word))
        .as("alice sees her own hidden post, as in her feed")
        .containsExactly(published, hidden);
    JsonObject own =
        search(newcomer, group, word, "")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> id(p) == held)
            .findFirst()
            .orElseThrow();
    assertThat(own.getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(Community.feed(Api.demo("bob"), group)).noneMatch(p -> id(p) == held);
  }

  @Test
  void chineseIsMatchedAnywhereAndSpecialCharactersMatchThemselves() {
    long group = firstGroup();
    String tag = Api.unique("t").replaceAll("[^A-Za-z0-9]", "");
    long chinese = id(write(Api.demo("alice"), group, "血糖记录 " + tag, "我每天早上测血糖，饭后散步。"));
    long percent = id(write(Api.demo("alice"), group, "Half " + tag, "About 50% less " + tag));

    assertThat(found(Api.demo("bob"), group, "测血糖")).contains(chinese);
    assertThat(found(Api.demo("bob"), group, "散步")).contains(chinese);
    assertThat(found(Api.demo("bob"), group, "50% less " + tag)).containsExactly(percent);
    assertThat(found(Api.demo("bob"), group, "5_% less " + tag)).as("_ is no wildcard").isEmpty();
  }

  @Test
  void pagesByCursorAndRefusesABadSearch() {
    long group = firstGroup();
    String word = Api.unique("quinoa").replaceAll("[^A-Za-z0-9]", "");
    long first = id(write(Api.demo("alice"), group, Api.unique("One"), word));
    long second = id(write(Api.demo("alice"), group, Api.unique("Two"), word));
    long third = id(write(Api.demo("alice"), group, Api.unique("Three"), word));

    JsonObject page1 = search(Api.demo("bob"), group, word, "&size=2").json();
    JsonObject page2 =
        search(Api.demo("bob"), group, word, "&size=2&after=" + page1.getString("next")).json();

    assertThat(page1.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(Community::id)
        .containsExactly(third, second);
    assertThat(page2.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(Community::id)
        .containsExactly(first);
    assertThat(page2.isNull("next")).isTrue();
    assertProblem(search(Api.demo("bob"), group, " ", ""), 400);
    assertProblem(search(Api.demo("bob"), group, "w".repeat(101), ""), 400);
    assertProblem(search(Api.demo("bob"), group, word, "&sort=helpful"), 400);
    assertProblem(search(Api.demo("bob"), group, word, "&after=abc"), 400);
    assertProblem(search(member(firstGroup()), privateGroup(), word, ""), 404);
    assertThat(Api.anonymous().get("/groups/" + group + "/posts?q=" + word).status())
        .isEqualTo(401);
  }

  @Test
  void aPageReadsAThousandPostsAtMostAndLeadsOnToTheOlderOnes() {
    long group =
        id(
            GroupSetupApiIT.created(
                Api.demo("desk.jones"), GroupSetupApiIT.group(Api.unique("Search bound"), "OPEN")));
    Credentials author = Api.newPatient("bound");
    assertThat(
            Api.as(author.username(), author.password())
                .post("/groups/" + group + "/join")
                .status())
        .isEqualTo(200);
    String needle = Api.unique("sauerkraut").replaceAll("[^A-Za-z0-9]", "");
    String posts = "/test/community-posts/" + group + "/" + author.username();
    Deployments.callTestResource("POST", posts + "/1?title=" + needle);
    Deployments.callTestResource("POST", posts + "/1050?title=Filler");
    Api reader = Api.demo("bob");

    JsonObject first = search(reader, group, needle, "&size=20").json();
    assertThat(first.getJsonArray("items")).as("none among the newest thousand").isEmpty();
    assertThat(first.isNull("next")).as("older posts are left to read").isFalse();
    JsonObject second =
        search(reader, group, needle, "&size=20&after=" + first.getString("next")).json();
    assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("title"))
        .containsExactly(needle + " 1");
    assertThat(second.isNull("next")).as("the oldest post was read").isTrue();

    JsonObject common = search(reader, group, "filler", "&size=50").json();
    assertThat(common.getJsonArray("items")).hasSize(50);
    assertThat(common.getString("next"))
        .isEqualTo(Long.toString(id(common.getJsonArray("items").getJsonObject(49))));
  }
}
