package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.reason;
import static health.salus.community.Sharing.connect;
import static health.salus.community.Sharing.person;
import static health.salus.community.Sharing.sees;
import static health.salus.community.Sharing.share;
import static health.salus.community.Sharing.update;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.community.Sharing.Person;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Health-status updates are screened by the watched words as posts are: a blocking word refuses one
 * (422, nothing stored), a holding word or words of a crisis hold it (only its author sees it; a
 * crisis alerts the moderators at once), a flagging word flags it; it waits in the review queue
 * ({@code kind UPDATE}) and a moderator publishes it to its audience again.
 */
class StatusUpdateScreeningApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  private static Optional<JsonObject> queued(long updateId) {
    return MODERATOR.get("/moderation/queue").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("kind").equals("UPDATE"))
        .filter(i -> i.getJsonNumber("updateId").longValue() == updateId)
        .findFirst();
  }

  private static JsonObject own(Person author, long updateId) {
    Response read = author.api().get("/status-updates/" + updateId);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return read.json();
  }

  private static Optional<JsonObject> newestCrisisAlert() {
    return MODERATOR.get("/me/notifications?size=50").items().stream()
        .filter(n -> n.getString("title", "").startsWith("Urgent:"))
        .max(Comparator.comparingLong(n -> n.getJsonNumber("id").longValue()));
  }

  @Test
  void aHoldingWordHoldsTheUpdateFromItsAudienceUntilAModeratorApprovesIt() {
    Person author = person();
    Person friend = person();
    connect(author, friend);

    long held = share(author, update("Cheap VIAGRA from my cousin", "CONNECTIONS"));

    assertThat(own(author, held).getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(sees(friend, held)).as("held from its audience").isFalse();
    assertThat(queued(held).orElseThrow().getJsonArray("reasons").toString())
        .contains("WATCHED_WORD:viagra");
    Response approved =
        MODERATOR.post("/moderation/status-updates/" + held + "/approve", reason("A joke"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(sees(friend, held)).isTrue();
    assertThat(queued(held)).isEmpty();
    assertProblem(
        Api.demo("bob").post("/moderation/status-updates/" + held + "/hide", reason("x")), 403);
    assertThat(MODERATOR.get("/moderation/log?size=50").items())
        .anyMatch(e -> !e.isNull("updateId") && e.getJsonNumber("updateId").longValue() == held);
  }

  @Test
  void aBlockingWordRefusesTheUpdateAndAFlaggingWordFlagsIt() {
    Person author = person();
    Person friend = person();
    connect(author, friend);

    Response blocked =
        author
            .api()
            .post("/me/status-updates", update("You can buy xanax here", "CONNECTIONS").build());
    long flagged = share(author, update("This tea is a miracle cure", "CONNECTIONS"));

    assertProblem(blocked, 422);
    assertThat(Sharing.feed(author)).containsExactly(flagged);
    assertThat(own(author, flagged).getString("status")).isEqualTo("PUBLISHED");
    assertThat(sees(friend, flagged)).isTrue();
    assertThat(queued(flagged).orElseThrow().getJsonArray("reasons").toString())
        .contains("FLAG:OTHER: WATCHED_WORD:miracle cure");
  }

  @Test
  void anUpdateThatSuggestsACrisisIsHeldAndAlertsTheModeratorsAtOnce() {
    Person author = person();
    long before = newestCrisisAlert().map(n -> n.getJsonNumber("id").longValue()).orElse(0L);

    long held = share(author, update("Everything is too much, I want to die.", "CONNECTIONS"));

    assertThat(own(author, held).getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(queued(held).orElseThrow().getJsonArray("reasons").toString()).contains("CRISIS:");
    JsonObject alert = newestCrisisAlert().orElseThrow(() -> new AssertionError("no alert"));
    assertThat(alert.getJsonNumber("id").longValue()).isGreaterThan(before);
    assertThat(alert.getString("body")).contains("health update");
  }
}
