package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.firstGroup;
import static health.salus.community.Community.id;
import static health.salus.community.Community.inFeed;
import static health.salus.community.Community.write;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The community's safety signals over the API: a post or comment that suggests a crisis is held,
 * tops the moderators' queue and alerts them at once, and its author is told to see the support
 * contacts; a text with a phone number, e-mail address or Medicare number is refused with a warning
 * (and nothing stored) until its author confirms it.
 */
class CommunitySafetyApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  private static JsonObject post(String title, String body, boolean confirm) {
    var post = Json.createObjectBuilder().add("title", title).add("body", body);
    if (confirm) {
      post.add("confirmPersonalDetails", true);
    }
    return post.build();
  }

  private static List<JsonObject> queue() {
    Response queue = MODERATOR.get("/moderation/queue");
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    return queue.jsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  void aPostThatSuggestsACrisisIsHeldTopsTheQueueAndAlertsTheModeratorsAtOnce() {
    long group = firstGroup();
    long olderHeld = id(write(Community.member(group), group, Api.unique("Hello"), "New here"));
    String title = Api.unique("Hard week");
    long newestAlertBefore =
        newestCrisisAlert().map(n -> n.getJsonNumber("id").longValue()).orElse(0L);

    Response created =
        Api.demo("alice")
            .post(
                "/groups/" + group + "/posts",
                post(title, "Some nights I think about how to end my life.", false));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(created.json().getBoolean("crisisSupport")).isTrue();
    long postId = id(created.json());
    assertThat(inFeed(Api.demo("bob"), group, postId)).as("others do not see it").isFalse();
    List<JsonObject> queue = queue();
    int at = 0;
    while (at < queue.size()
        && !(queue.get(at).getString("kind").equals("POST") && idOf(queue.get(at)) == postId)) {
      at++;
    }
    assertThat(at).as("in the queue").isLessThan(queue.size());
    assertThat(queue.get(at).getJsonArray("reasons").toString()).contains("CRISIS:end my life");
    assertThat(queue.subList(0, at))
        .as("only other crises come before it")
        .allMatch(i -> i.getJsonArray("reasons").toString().contains("CRISIS:"));
    assertThat(queue.subList(at, queue.size()))
        .as("the older post held for a new member comes after it")
        .anyMatch(i -> i.getString("kind").equals("POST") && idOf(i) == olderHeld);
    JsonObject alert = newestCrisisAlert().orElseThrow(() -> new AssertionError("no alert"));
    assertThat(alert.getJsonNumber("id").longValue()).isGreaterThan(newestAlertBefore);
    assertThat(alert.getString("body")).contains("self-harm or suicide");
    assertThat(alert.getString("link")).contains("/moderation/queue.xhtml");
  }

  @Test
  void aCommentThatSuggestsACrisisIsHeldAndItsAuthorIsPointedToSupport() {
    long group = firstGroup();
    long postId = id(write(Api.demo("bob"), group, Api.unique("Evenings"), "How do you cope?"));

    Response comment =
        Api.demo("alice")
            .post(
                "/posts/" + postId + "/comments",
                Json.createObjectBuilder().add("body", "我真的不想活了").build());

    assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
    assertThat(comment.json().getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(comment.json().getBoolean("crisisSupport")).isTrue();
    assertThat(queue())
        .anyMatch(
            i ->
                i.getString("kind").equals("COMMENT")
                    && i.getJsonNumber("commentId").longValue() == id(comment.json())
                    && i.getJsonArray("reasons").toString().contains("CRISIS:不想活"));
  }

  @Test
  void anOrdinaryPostIsNotTreatedAsACrisis() {
    Response created =
        Api.demo("bob")
            .post(
                "/groups/" + firstGroup() + "/posts",
                post(Api.unique("Walking"), "I walked 30 minutes today and felt good.", false));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(created.json().getBoolean("crisisSupport")).isFalse();
  }

  @Test
  void personalDetailsAreRefusedWithAWarningUntilTheAuthorConfirmsThem() {
    long group = firstGroup();
    String phoneTitle = Api.unique("Carpool");
    Api bob = Api.demo("bob");

    Response phone =
        bob.post("/groups/" + group + "/posts", post(phoneTitle, "Text me on 0412 345 678", false));
    Response email =
        bob.post(
            "/groups/" + group + "/posts",
            post(Api.unique("Contact"), "I am bob.b@example.org", false));
    Response medicare =
        bob.post(
            "/groups/" + group + "/posts",
            post(Api.unique("Card"), "my card is 2123 45670 1, is that right?", false));
    boolean storedAfterWarning =
        Community.feed(bob, group).stream().anyMatch(p -> p.getString("title").equals(phoneTitle));
    Response confirmed =
        bob.post("/groups/" + group + "/posts", post(phoneTitle, "Text me on 0412 345 678", true));

    assertProblem(phone, 422);
    assertThat(phone.json().getString("code")).isEqualTo("community.personalDetails.PHONE");
    assertThat(phone.json().getString("detail")).contains("phone number");
    assertThat(email.json().getString("code")).isEqualTo("community.personalDetails.EMAIL");
    assertThat(medicare.json().getString("code")).isEqualTo("community.personalDetails.MEDICARE");
    assertThat(storedAfterWarning).as("nothing stored after the warning").isFalse();
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    assertThat(inFeed(Api.demo("alice"), group, id(confirmed.json()))).isTrue();
  }

  @Test
  void aCommentWithAnEmailAddressIsRefusedUntilConfirmed() {
    long postId =
        id(write(Api.demo("alice"), firstGroup(), Api.unique("Recipes"), "Share your recipes"));

    Response refused =
        Api.demo("bob")
            .post(
                "/posts/" + postId + "/comments",
                Json.createObjectBuilder().add("body", "email me: bob@example.org").build());
    Response confirmed =
        Api.demo("bob")
            .post(
                "/posts/" + postId + "/comments",
                Json.createObjectBuilder()
                    .add("body", "email me: bob@example.org")
                    .add("confirmPersonalDetails", true)
                    .build());

    assertProblem(refused, 422);
    assertThat(refused.json().getString("code")).isEqualTo("community.personalDetails.EMAIL");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    assertThat(Api.demo("alice").get("/posts/" + postId).json().getJsonArray("comments").size())
        .as("one comment: the refused one was not stored")
        .isEqualTo(1);
  }

  private static long idOf(JsonObject item) {
    return item.getJsonNumber("postId").longValue();
  }

  private static Optional<JsonObject> newestCrisisAlert() {
    return MODERATOR.get("/me/notifications?size=50").items().stream()
        .filter(n -> n.getString("title", "").startsWith("Urgent:"))
        .max(Comparator.comparingLong(n -> n.getJsonNumber("id").longValue()));
  }
}
