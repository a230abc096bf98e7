package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Sharing.ask;
import static health.salus.community.Sharing.connect;
import static health.salus.community.Sharing.connectionWith;
import static health.salus.community.Sharing.connections;
import static health.salus.community.Sharing.feed;
import static health.salus.community.Sharing.names;
import static health.salus.community.Sharing.person;
import static health.salus.community.Sharing.sees;
import static health.salus.community.Sharing.share;
import static health.salus.community.Sharing.update;
import static health.salus.community.Sharing.username;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.community.Sharing.Person;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing health status through the API: connections (ask, accept, decline, remove, the other side
 * told, two people asking each other at once connected once) and status updates seen by their
 * audience only, in the feed and by id, private by default; removing a connection ends access.
 */
class SharingApiIT {

  @Test
  void anUpdateIsPrivateByDefaultAndOnlyMeIsSeenByNobodyElse() {
    Person author = person();
    Person friend = person();
    connect(author, friend);

    Response shared =
        author
            .api()
            .post("/me/status-updates", update("Tired today", null).add("wellbeing", 2).build());
    assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    assertThat(shared.json().getString("audience")).isEqualTo("ONLY_ME");
    assertThat(shared.json().getInt("wellbeing")).isEqualTo(2);
    long id = shared.json().getJsonNumber("id").longValue();
    long onlyMe = share(author, update("Just for me", "ONLY_ME"));

    assertThat(sees(author, id)).isTrue();
    assertThat(sees(friend, id)).as("a connection, default audience").isFalse();
    assertThat(sees(friend, onlyMe)).as("a connection, ONLY_ME").isFalse();
    Response mine = author.api().get("/me/status-updates");
    assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(u -> u.getJsonNumber("id").longValue())
        .contains(id, onlyMe);
    assertThat(Api.auditEntries(author.username(), "STATUS_UPDATE_SHARE", "SUCCESS")).isNotEmpty();
  }

  @Test
  void connectionsSeeAConnectionsUpdateAndNobodyElseDoes() {
    Person author = person();
    Person friend = person();
    Person stranger = person();
    connect(author, friend);
    long id = share(author, update("My **readings** were good", "CONNECTIONS"));

    assertThat(sees(friend, id)).isTrue();
    assertThat(sees(stranger, id)).isFalse();
    assertThat(Api.demo("bob").get("/status-updates/" + id).status()).isEqualTo(404);
    assertThat(Api.demo("dr.chen").get("/status-updates/" + id).status())
        .as("staff have no feed")
        .isEqualTo(403);
    Response read = friend.api().get("/status-updates/" + id);
    assertThat(read.json().getString("textHtml")).contains("<strong>readings</strong>");
    assertThat(read.json().getJsonArray("chosenUsernames")).isEmpty();

    JsonObject everyone = Json.createObjectBuilder().add("audience", "ONLY_ME").build();
    assertProblem(friend.api().put("/status-updates/" + id + "/audience", everyone), 403);
    assertProblem(stranger.api().put("/status-updates/" + id + "/audience", everyone), 404);
    assertProblem(friend.api().delete("/status-updates/" + id), 403);
    assertProblem(stranger.api().delete("/status-updates/" + id), 404);
    assertThat(sees(friend, id)).as("still there").isTrue();
    assertThat(Api.auditEntries(friend.username(), "STATUS_UPDATE_READ", "SUCCESS")).isNotEmpty();
    assertThat(Api.auditEntries(stranger.username(), "STATUS_UPDATE_READ", "DENIED")).isNotEmpty();
  }

  @Test
  void chosenConnectionsSeeAChosenUpdateAndOtherConnectionsDoNot() {
    Person author = person();
    Person chosen = person();
    Person other = person();
    Person stranger = person();
    connect(author, chosen);
    connect(other, author);
    long id = share(author, update("For one", "CHOSEN").add("chosenUsernames", names(chosen)));

    assertThat(sees(chosen, id)).isTrue();
    assertThat(sees(other, id)).as("a connection not chosen").isFalse();
    assertThat(sees(stranger, id)).isFalse();
    JsonObject asAuthor = author.api().get("/status-updates/" + id).json();
    assertThat(asAuthor.getJsonArray("chosenUsernames").getString(0)).isEqualTo(chosen.username());

    assertProblem(
        author
            .api()
            .post(
                "/me/status-updates",
                update("x", "CHOSEN").add("chosenUsernames", names(stranger)).build()),
        422);
    assertProblem(author.api().post("/me/status-updates", update("x", "CHOSEN").build()), 422);
  }

  @Test
  void groupMembersSeeAGroupUpdateAndOthersDoNot() {
    long group = Community.firstGroup();
    Person author = person();
    Person member = person();
    Person outsider = person();
    for (Person p : List.of(author, member)) {
      Response joined = p.api().post("/groups/" + group + "/join");
      assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
    }
    long id = share(author, update("Hello group", "GROUP").add("groupId", group));

    assertThat(sees(member, id)).as("a member, not a connection").isTrue();
    assertThat(sees(outsider, id)).isFalse();
    assertThat(member.api().get("/status-updates/" + id).json().getString("groupName"))
        .isNotBlank();
    assertProblem(
        outsider
            .api()
            .post("/me/status-updates", update("x", "GROUP").add("groupId", group).build()),
        422);
    assertProblem(
        author
            .api()
            .post(
                "/me/status-updates",
                update("x", "GROUP").add("groupId", Community.privateGroup()).build()),
        422);
  }

  @Test
  void removingAConnectionEndsAccessAtOnceAndEmptiesChosenLists() {
    Person author = person();
    Person friend = person();
    connect(author, friend);
    long toAll = share(author, update("To my connections", "CONNECTIONS"));
    long toFriend = share(author, update("To you", "CHOSEN").add("chosenUsernames", names(friend)));
    assertThat(sees(friend, toAll)).isTrue();
    assertThat(sees(friend, toFriend)).isTrue();

    Response removed = friend.api().delete("/me/connections/" + connectionWith(friend, author));
    assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    assertThat(sees(friend, toAll)).isFalse();
    assertThat(sees(friend, toFriend)).isFalse();
    assertThat(notificationTitles(author)).anyMatch(t -> t.contains("removed your connection"));

    connect(author, friend);
    assertThat(sees(friend, toAll)).as("connected again").isTrue();
    assertThat(sees(friend, toFriend)).as("no longer chosen").isFalse();
  }

  @Test
  void theAuthorChangesTheAudienceAndDeletes() {
    Person author = person();
    Person friend = person();
    connect(author, friend);
    long id = share(author, update("Changing", null));
    assertThat(sees(friend, id)).isFalse();

    Response opened =
        author
            .api()
            .put(
                "/status-updates/" + id + "/audience",
                Json.createObjectBuilder().add("audience", "CONNECTIONS").build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(sees(friend, id)).isTrue();
    author
        .api()
        .put(
            "/status-updates/" + id + "/audience",
            Json.createObjectBuilder().add("audience", "ONLY_ME").build());
    assertThat(sees(friend, id)).isFalse();

    assertThat(author.api().delete("/status-updates/" + id).status()).isEqualTo(204);
    assertThat(author.api().get("/status-updates/" + id).status()).isEqualTo(404);
    assertThat(feed(author)).doesNotContain(id);
  }

  @Test
  void theFeedPagesByCursorNewestFirst() {
    Person author = person();
    Person friend = person();
    connect(author, friend);
    List<Long> shared = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      shared.add(share(author, update("Day " + i, "CONNECTIONS")));
    }
    Response first = friend.api().get("/status-updates?size=2");
    List<Long> seen = new ArrayList<>(ids(first));
    assertThat(seen).containsExactly(shared.get(2), shared.get(1));
    Response second =
        friend.api().get("/status-updates?size=2&after=" + first.json().getString("next"));
    seen.addAll(ids(second));
    assertThat(seen).containsExactly(shared.get(2), shared.get(1), shared.get(0));
    assertProblem(friend.api().get("/status-updates?after=abc"), 400);
  }

  @Test
  void badUpdatesAreRefusedWithAReason() {
    Person author = person();
    assertProblem(author.api().post("/me/status-updates", update(" ", null).build()), 400);
    assertProblem(author.api().post("/me/status-updates", update("x", "EVERYONE").build()), 400);
    assertProblem(
        author.api().post("/me/status-updates", update("x", null).add("wellbeing", 9).build()),
        400);
    assertProblem(author.api().post("/me/status-updates", update("x", "GROUP").build()), 422);
  }

  @Test
  void requestsAreAnsweredAndTheOtherSideIsToldInTheirLanguage() {
    Person asker = person();
    Person asked = person();
    Person stranger = person();
    asked.api().changeProfile("preferredLanguage", "zh-CN");

    assertProblem(
        asker.api().post("/me/connections", username("no-such-" + asker.username())), 422);
    assertProblem(asker.api().post("/me/connections", username(asker.username())), 422);
    assertProblem(asker.api().post("/me/connections", username("dr.chen")), 422);
    assertProblem(asker.api().post("/me/connections", username("")), 400);
    Response asked1 = ask(asker, asked);
    assertThat(asked1.status()).as(asked1.toString()).isEqualTo(201);
    assertThat(asked1.json().getString("status")).isEqualTo("PENDING");
    assertThat(asked1.json().getString("direction")).isEqualTo("OUTGOING");
    assertProblem(ask(asker, asked), 409);
    long id = asked1.json().getJsonNumber("id").longValue();
    assertThat(notificationTitles(asked)).anyMatch(t -> t.contains("想和您建立联系"));
    assertThat(connections(asked).get(0).getString("direction")).isEqualTo("INCOMING");

    assertProblem(asker.api().post("/me/connections/" + id + "/accept"), 422);
    assertProblem(stranger.api().post("/me/connections/" + id + "/accept"), 404);
    assertProblem(stranger.api().delete("/me/connections/" + id), 404);
    Response declined = asked.api().post("/me/connections/" + id + "/decline");
    assertThat(declined.status()).as(declined.toString()).isEqualTo(204);
    assertThat(connections(asker)).isEmpty();
    assertThat(notificationTitles(asker)).anyMatch(t -> t.contains("did not accept"));

    connect(asker, asked);
    assertThat(notificationTitles(asker)).anyMatch(t -> t.contains("accepted your request"));
    assertProblem(ask(asked, asker), 409);
  }

  @Test
  void twoPeopleAskingEachOtherAtOnceEndConnectedOnce() {
    for (int round = 0; round < 3; round++) {
      Person one = person();
      Person other = person();
      Person[] racers = {one, other};
      List<Response> answers =
          Race.run(
              2,
              i -> assertThat(racers[i].api().get("/me").status()).isEqualTo(200),
              i -> ask(racers[i], racers[1 - i]));
      for (Response answer : answers) {
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 409);
      }
      List<JsonObject> ones = connections(one);
      List<JsonObject> others = connections(other);
      assertThat(ones).hasSize(1);
      assertThat(others).hasSize(1);
      assertThat(ones.get(0).getJsonNumber("id")).isEqualTo(others.get(0).getJsonNumber("id"));
      assertThat(ones.get(0).getString("status"))
          .as("asking each other is agreeing: %s", answers)
          .isEqualTo("ACCEPTED");
    }
  }

  private static List<Long> ids(Response page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(u -> u.getJsonNumber("id").longValue())
        .toList();
  }

  private static List<String> notificationTitles(Person who) {
    Response page = who.api().get("/me/notifications?size=50");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items().stream().map(n -> n.getString("title")).toList();
  }
}
