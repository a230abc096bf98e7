package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.firstGroup;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the API: moderators warn, silence and suspend members (the rules hold at the moment of
 * use and end by themselves), members appeal an action on them once, another moderator decides, and
 * the log is searched.
 */
class SanctionsApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  /** A member in the demo's first (open) group, with a published post to react to. */
  private static Api member() {
    return Community.member(firstGroup());
  }

  private static String username(Api who) {
    return who.get("/me").json().getString("username");
  }

  private static JsonObject sanction(String reason, Instant until) {
    var body = Json.createObjectBuilder().add("reason", reason);
    if (until != null) {
      body.add("until", until.toString());
    }
    return body.build();
  }

  private static JsonObject appeal(String statement) {
    return Json.createObjectBuilder().add("statement", statement).build();
  }

  private static long somePublishedPost(long groupId) {
    return Community.feed(Api.demo("alice"), groupId).stream()
        .filter(p -> p.getString("status").equals("PUBLISHED"))
        .mapToLong(Community::id)
        .findFirst()
        .orElseThrow();
  }

  private static Response postAs(Api who, long groupId) {
    return who.post("/groups/" + groupId + "/posts", Community.post("Hello", "Just saying hello."));
  }

  private static Api secondModerator() {
    Credentials other = Api.newStaff("mod", "MODERATOR");
    return Api.as(other.username(), other.password());
  }

  /** mod.lee hides or removes the member's post; the id of that action, as the member sees it. */
  private static long actedOn(Api member, long post, String step) {
    Response acted = MODERATOR.post("/moderation/posts/" + post + "/" + step, reason("Check"));
    assertThat(acted.status()).as(acted.toString()).isEqualTo(200);
    return member
        .get("/me/moderation")
        .jsonArray()
        .getValuesAs(JsonObject.class)
        .get(0)
        .getJsonNumber("actionId")
        .longValue();
  }

  @Test
  void aSilencedMemberReadsButCannotPostCommentOrReactUntilTheEnd() {
    long group = firstGroup();
    Api member = member();
    String name = username(member);
    long post = somePublishedPost(group);
    Instant until = Instant.now().plus(Duration.ofDays(2));

    Response silenced =
        MODERATOR.post(
            "/moderation/members/" + name + "/silence", sanction("Shouting at others", until));

    assertThat(silenced.status()).as(silenced.toString()).isEqualTo(201);
    assertThat(silenced.json().getString("kind")).isEqualTo("SILENCE");
    assertThat(silenced.json().getBoolean("inForce")).isTrue();
    Response refused = postAs(member, group);
    assertProblem(refused, 403);
    assertThat(refused.json().getString("detail"))
        .as("says until when")
        .contains(LocalDate.ofInstant(until, ZoneOffset.UTC).toString());
    assertProblem(
        member.post(
            "/posts/" + post + "/comments", Json.createObjectBuilder().add("body", "Hi").build()),
        403);
    assertProblem(
        member.post(
            "/posts/" + post + "/reactions",
            Json.createObjectBuilder().add("kind", "THANKS").build()),
        403);
    assertThat(member.get("/groups/" + group + "/posts").status()).as("still reads").isEqualTo(200);
    assertThat(member.get("/me/notifications?size=50").items())
        .as("told, with the reason")
        .anyMatch(n -> n.getString("body", "").contains("Shouting at others"));
    List<JsonObject> logged =
        MODERATOR.get("/moderation/log?member=" + name + "&action=SILENCE").items();
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).getString("reason")).isEqualTo("Shouting at others");
    assertThat(logged.get(0).getString("moderatorUsername")).isEqualTo("mod.lee");
  }

  @Test
  void aSuspensionShutsTheCommunityAndEndsByItselfAtItsTime() throws InterruptedException {
    long group = firstGroup();
    Api member = member();
    member.get("/me"); // signed in before the clock starts to matter
    Instant until = Instant.now().plus(Duration.ofSeconds(6));

    Response suspended =
        MODERATOR.post(
            "/moderation/members/" + username(member) + "/suspend", sanction("Spam links", until));

    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(201);
    assertProblem(member.get("/groups/" + group + "/posts"), 403);
    assertProblem(member.get("/groups"), 403);
    assertProblem(postAs(member, group), 403);
    while (Instant.now().isBefore(until.plusMillis(500))) {
      Thread.sleep(250);
    }
    assertThat(member.get("/groups/" + group + "/posts").status()).isEqualTo(200);
    Response posted = postAs(member, group);
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
  }

  @Test
  void aModeratorLiftsASilenceEarly() {
    long group = firstGroup();
    Api member = member();
    Response silenced =
        MODERATOR.post(
            "/moderation/members/" + username(member) + "/silence",
            sanction("Cool off", Instant.now().plus(Duration.ofDays(1))));
    assertProblem(postAs(member, group), 403);

    Response lifted =
        MODERATOR.post("/moderation/sanctions/" + id(silenced.json()) + "/lift", reason("Sorted"));

    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(lifted.json().getBoolean("inForce")).isFalse();
    assertThat(postAs(member, group).status()).isEqualTo(201);
    assertProblem(
        MODERATOR.post("/moderation/sanctions/" + id(silenced.json()) + "/lift", reason("Again")),
        422);
  }

  @Test
  void aWarningIsRecordedAndTold() {
    Api member = member();
    String name = username(member);

    Response warned =
        MODERATOR.post("/moderation/members/" + name + "/warn", sanction("Mind the rules", null));

    assertThat(warned.status()).as(warned.toString()).isEqualTo(201);
    assertThat(warned.json().getBoolean("inForce")).as("a warning restricts nothing").isFalse();
    assertThat(postAs(member, firstGroup()).status()).isEqualTo(201);
    assertThat(MODERATOR.get("/moderation/members/" + name + "/sanctions").jsonArray()).hasSize(1);
    assertThat(member.get("/me/moderation").jsonArray().getValuesAs(JsonObject.class))
        .anyMatch(
            a ->
                a.getString("action").equals("WARN")
                    && a.getString("reason").equals("Mind the rules"));
  }

  @Test
  void badSanctionsAreRefusedWithProblems() {
    Api member = member();
    String name = username(member);
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

    assertProblem(
        MODERATOR.post(
            "/moderation/members/nobody-" + System.nanoTime() + "/warn", sanction("x", null)),
        404);
    assertProblem(
        MODERATOR.post(
            "/moderation/members/" + name + "/silence",
            sanction("Late", Instant.now().minus(Duration.ofHours(1)))),
        422);
    assertProblem(
        MODERATOR.post("/moderation/members/" + name + "/silence", sanction("No end", null)), 400);
    assertProblem(
        MODERATOR.post("/moderation/members/" + name + "/suspend", sanction(" ", tomorrow)), 400);
    assertProblem(
        MODERATOR.post("/moderation/members/" + name + "/banish", sanction("x", tomorrow)), 404);
    assertProblem(MODERATOR.post("/moderation/members/mod.lee/warn", sanction("Self", null)), 422);
    assertProblem(
        member().post("/moderation/members/" + name + "/silence", sanction("Not mine", tomorrow)),
        403);
    assertProblem(
        Api.admin().post("/moderation/members/" + name + "/warn", sanction("Admins do not", null)),
        403);
    assertThat(MODERATOR.get("/moderation/members/" + name + "/sanctions").jsonArray()).isEmpty();
  }

  @Test
  void anUpheldAppealRestoresTheHiddenPostOnceAndIsLogged() {
    long group = firstGroup();
    Api member = member();
    String name = username(member);
    long post = id(write(member, group, "My meter", "The meter I use at home."));
    Api other = secondModerator();
    assertThat(MODERATOR.post("/moderation/posts/" + post + "/hide", reason("Advert?")).status())
        .isEqualTo(200);
    JsonObject onMe =
        member.get("/me/moderation").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("action").equals("HIDE"))
            .findFirst()
            .orElseThrow();
    assertThat(onMe.getString("reason")).isEqualTo("Advert?");
    long action = onMe.getJsonNumber("actionId").longValue();

    Response appealed =
        member.post("/moderation/actions/" + action + "/appeals", appeal("Not selling"));

    assertThat(appealed.status()).as(appealed.toString()).isEqualTo(201);
    assertProblem(member.post("/moderation/actions/" + action + "/appeals", appeal("Again")), 409);
    assertProblem(
        member().post("/moderation/actions/" + action + "/appeals", appeal("Me too")), 404);
    long appealId = id(appealed.json());
    assertProblem(member.post("/moderation/appeals/" + appealId + "/uphold", reason("Mine")), 403);
    assertProblem(
        MODERATOR.post("/moderation/appeals/" + appealId + "/uphold", reason("My own")), 422);
    assertThat(other.get("/moderation/appeals").jsonArray().getValuesAs(JsonObject.class))
        .anyMatch(a -> id(a) == appealId && a.getString("statement").equals("Not selling"));

    Response upheld = other.post("/moderation/appeals/" + appealId + "/uphold", reason("Fair"));

    assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
    assertThat(upheld.json().getString("status")).isEqualTo("UPHELD");
    assertThat(Community.inFeed(Api.demo("alice"), group, post)).as("restored").isTrue();
    assertProblem(other.post("/moderation/appeals/" + appealId + "/reject", reason("Late")), 409);
    assertThat(other.get("/moderation/log?member=" + name + "&action=APPEAL_UPHELD").items())
        .singleElement()
        .satisfies(e -> assertThat(e.getString("reason")).isEqualTo("Fair"));
    assertThat(member.get("/me/notifications?size=50").items())
        .anyMatch(n -> n.getString("body", "").contains("Fair"));
  }

  @Test
  void anUpheldAppealOfASilenceLiftsIt() {
    long group = firstGroup();
    Api member = member();
    Response silenced =
        MODERATOR.post(
            "/moderation/members/" + username(member) + "/silence",
            sanction("Rude", Instant.now().plus(Duration.ofDays(3))));
    long action = silenced.json().getJsonNumber("actionId").longValue();
    assertProblem(postAs(member, group), 403);
    long appealId =
        id(
            member
                .post("/moderation/actions/" + action + "/appeals", appeal("I was quoting"))
                .json());

    Response upheld =
        secondModerator().post("/moderation/appeals/" + appealId + "/uphold", reason("Quote"));

    assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
    assertThat(postAs(member, group).status()).isEqualTo(201);
  }

  @Test
  void aRejectedAppealLeavesThePostHidden() {
    long group = firstGroup();
    Api member = member();
    long post = id(write(member, group, "Cheap pills", "Ask me for cheap pills."));
    long action = actedOn(member, post, "remove");
    long appealId =
        id(member.post("/moderation/actions/" + action + "/appeals", appeal("Joke")).json());

    Response rejected =
        secondModerator().post("/moderation/appeals/" + appealId + "/reject", reason("Not funny"));

    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
    assertThat(Community.inFeed(Api.demo("alice"), group, post)).isFalse();
  }

  @Test
  void twoAppealsOfOneActionAtOnceLetOneIn() {
    long group = firstGroup();
    Api member = member();
    long post = id(write(member, group, "Twice", "Appealed twice at once."));
    long action = actedOn(member, post, "hide");

    List<Integer> statuses =
        Race.run(
            2,
            racer -> member.get("/me"),
            racer ->
                member
                    .post("/moderation/actions/" + action + "/appeals", appeal("Racer " + racer))
                    .status());

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
  }

  @Test
  void theLogIsSearchedByModeratorsAndAdministratorsOnly() {
    Api member = member();
    String name = username(member);
    String word = "zebra" + System.nanoTime();
    MODERATOR.post("/moderation/members/" + name + "/warn", sanction("Because of " + word, null));
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    assertThat(Api.admin().get("/moderation/log?q=" + word).items()).hasSize(1);
    assertThat(
            MODERATOR
                .get(
                    "/moderation/log?q="
                        + word.toUpperCase()
                        + "&moderator=mod.lee&action=WARN&from="
                        + today
                        + "&to="
                        + today)
                .items())
        .hasSize(1);
    assertThat(MODERATOR.get("/moderation/log?q=" + word + "&action=SUSPEND").items()).isEmpty();
    assertThat(MODERATOR.get("/moderation/log?q=" + word + "&to=2000-01-01").items()).isEmpty();
    assertThat(MODERATOR.get("/moderation/log?member=" + name).items()).hasSize(1);
    assertProblem(MODERATOR.get("/moderation/log?action=SHRED"), 400);
    assertProblem(MODERATOR.get("/moderation/log?from=yesterday"), 400);
    assertProblem(member.get("/moderation/log"), 403);
  }

  @Test
  void aGroupsOwnModeratorSanctionsOnlyMembersOfTheirGroupThere() {
    Community.ModeratedGroup moderated = Community.groupWithItsOwnModerator("G");
    long group = moderated.id();
    Api own = moderated.moderator();
    String inside = username(Community.member(group));
    String outside = username(member());
    JsonObject inGroup = Api.with(sanction("Off topic", null), "groupId", Json.createValue(group));

    Response warned = own.post("/moderation/members/" + inside + "/warn", inGroup);
    assertThat(warned.status()).as(warned.toString()).isEqualTo(201);
    assertThat(own.get("/moderation/members/" + inside + "/sanctions").jsonArray()).hasSize(1);
    assertProblem(own.post("/moderation/members/" + outside + "/warn", inGroup), 403);
    assertProblem(
        own.post("/moderation/members/" + inside + "/warn", sanction("Everywhere", null)), 403);
    long other = firstGroup();
    assertProblem(
        own.post(
            "/moderation/members/" + inside + "/warn",
            Api.with(sanction("Not mine", null), "groupId", Json.createValue(other))),
        403);
    assertProblem(own.get("/moderation/members/" + outside + "/sanctions"), 403);
    assertProblem(own.get("/moderation/members/nobody-" + System.nanoTime() + "/sanctions"), 403);
    assertThat(MODERATOR.get("/moderation/members/" + outside + "/sanctions").jsonArray())
        .as("nothing was given to the outsider")
        .isEmpty();
  }
}
