package health.salus.community;

import static health.salus.community.Community.assertProblem;
import static health.salus.community.Community.flag;
import static health.salus.community.Community.id;
import static health.salus.community.Community.reason;
import static health.salus.community.Reviews.completedWith;
import static health.salus.community.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.community.Reviews.Clinician;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reviews of health services over the API: only a patient seen by the practitioner (or at the site)
 * reviews, once; the directory shows the average and count of the published reviews; a watched word
 * holds a review for the moderators, who act on it from the queue as on a post; flags hide it; the
 * practitioner or the desk replies once; bad input is a 4xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewsApiIT {

  private static final Api MODERATOR = Api.demo("mod.lee");

  private static String path(Clinician clinician) {
    return "/practitioners/" + clinician.practitionerId() + "/reviews";
  }

  private static JsonObject reviews(Api who, String path) {
    Response list = who.get(path);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json();
  }

  private static JsonObject written(Response created) {
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location").orElseThrow()).endsWith("/reviews/" + id(created.json()));
    return created.json();
  }

  private static List<JsonObject> queue() {
    Response queue = MODERATOR.get("/moderation/queue");
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    return queue.jsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject queued(long reviewId) {
    return queue().stream()
        .filter(
            i ->
                i.getString("kind").equals("REVIEW")
                    && i.getJsonNumber("reviewId").longValue() == reviewId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("review " + reviewId + " not in the queue"));
  }

  @Test
  void onlyPatientsSeenThereReviewOncePerSubjectAndTheDirectoryShowsTheAverage() {
    Clinician clinician = Reviews.clinician();
    String path = path(clinician);
    Api first = Reviews.patient();
    Api second = Reviews.patient();

    JsonObject before = reviews(first, path);
    assertThat(before.getBoolean("mayWrite")).isFalse();
    assertThat(before.getJsonObject("rating").getJsonNumber("count").longValue()).isZero();
    assertThat(before.getJsonObject("rating").isNull("average")).isTrue();
    Response unseen = first.post(path, review(5, "Never met them"));
    assertProblem(unseen, 422);
    assertThat(unseen.json().getString("detail")).contains("after an appointment");
    assertProblem(Api.demo("dr.chen").post(path, review(5, "Great colleague")), 403);
    assertProblem(first.post("/practitioners/99999999/reviews", review(5, "Who?")), 404);

    completedWith(first, clinician);
    assertThat(reviews(first, path).getBoolean("mayWrite")).isTrue();
    JsonObject mine = written(first.post(path, review(4, "Kind and on time.")));
    assertThat(mine.getString("status")).isEqualTo("PUBLISHED");
    assertProblem(first.post(path, review(1, "Second thoughts")), 409);
    assertThat(reviews(first, path).getBoolean("mayWrite")).isFalse();

    Appointments.startedAppointment(second, clinician.practitionerId(), "IN_PERSON");
    written(second.post(path, review(5, "Booked, begun, not yet completed: still counts.")));

    JsonObject after = reviews(Api.demo("bob"), path);
    assertThat(after.getJsonObject("rating").getJsonNumber("average").doubleValue()).isEqualTo(4.5);
    assertThat(after.getJsonObject("rating").getJsonNumber("count").longValue()).isEqualTo(2);
    assertThat(after.getJsonArray("items")).hasSize(2);
    assertThat(after.getJsonArray("items").getJsonObject(0).getString("body"))
        .as("newest first")
        .startsWith("Booked, begun");
    assertThat(after.isNull("mine")).isTrue();
    JsonObject listed = Reviews.practitioner(clinician.practitionerId());
    assertThat(listed.getJsonNumber("reviewAverage").doubleValue()).isEqualTo(4.5);
    assertThat(listed.getJsonNumber("reviewCount").longValue()).isEqualTo(2);

    Response changed = first.put("/reviews/" + id(mine), review(2, "Kind, but late this time."));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(
            Reviews.practitioner(clinician.practitionerId())
                .getJsonNumber("reviewAverage")
                .doubleValue())
        .isEqualTo(3.5);
    assertProblem(second.put("/reviews/" + id(mine), review(5, "Not mine")), 404);

    long site = Reviews.siteOf(clinician.practitionerId());
    long siteCount = siteCount(site);
    written(first.post("/sites/" + site + "/reviews", review(3, "Clean and calm.")));
    assertThat(siteCount(site)).isEqualTo(siteCount + 1);
    assertProblem(
        Reviews.patient().post("/sites/" + site + "/reviews", review(3, "Never there")), 422);
  }

  private static long siteCount(long siteId) {
    Response sites = Api.demo("alice").get("/sites");
    assertThat(sites.status()).as(sites.toString()).isEqualTo(200);
    return sites.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getJsonNumber("id").longValue() == siteId)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("reviewCount")
        .longValue();
  }

  @Test
  void aReviewThatSuggestsACrisisIsHeldAndAlertsTheModeratorsAtOnce() {
    Clinician clinician = Reviews.clinician();
    Api patient = Reviews.patient();
    completedWith(patient, clinician);
    long alertBefore = newestCrisisAlert().map(n -> n.getJsonNumber("id").longValue()).orElse(0L);

    JsonObject held =
        written(patient.post(path(clinician), review(1, "Since that visit I want to die.")));

    assertThat(held.getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(held.getBoolean("crisisSupport")).isTrue();
    assertThat(queued(id(held)).getJsonArray("reasons").toString()).contains("CRISIS:");
    JsonObject alert = newestCrisisAlert().orElseThrow(() -> new AssertionError("no alert"));
    assertThat(alert.getJsonNumber("id").longValue()).isGreaterThan(alertBefore);
    assertThat(alert.getString("body")).contains("review").contains("self-harm or suicide");
    assertThat(alert.getString("link")).contains("/moderation/queue.xhtml");
  }

  private static Optional<JsonObject> newestCrisisAlert() {
    return MODERATOR.get("/me/notifications?size=50").items().stream()
        .filter(n -> n.getString("title", "").startsWith("Urgent:"))
        .max(Comparator.comparingLong(n -> n.getJsonNumber("id").longValue()));
  }

  @Test
  void aWatchedWordHoldsAReviewForTheModeratorsWhoActOnItFromTheQueue() {
    Clinician clinician = Reviews.clinician();
    String path = path(clinician);
    Api patient = Reviews.patient();
    completedWith(patient, clinician);

    assertProblem(patient.post(path, review(1, "They told me to buy xanax online")), 422);
    JsonObject held = written(patient.post(path, review(1, "Cheap VIAGRA here, ask me")));

    assertThat(held.getString("status")).isEqualTo("PENDING_REVIEW");
    JsonObject list = reviews(Api.demo("bob"), path);
    assertThat(list.getJsonArray("items")).isEmpty();
    assertThat(list.getJsonObject("rating").getJsonNumber("count").longValue()).isZero();
    JsonObject own = reviews(patient, path).getJsonObject("mine");
    assertThat(own.getString("status")).isEqualTo("PENDING_REVIEW");
    assertThat(queued(id(held)).getJsonArray("reasons").toString()).contains("WATCHED_WORD:viagra");
    assertThat(queued(id(held)).isNull("groupId")).isTrue();

    assertProblem(
        Api.demo("bob").post("/moderation/reviews/" + id(held) + "/approve", reason("x")), 403);
    assertProblem(MODERATOR.post("/moderation/reviews/" + id(held) + "/approve", reason(" ")), 400);
    String why = "Advertising is not allowed. " + Api.unique("rm");
    Response removed = MODERATOR.post("/moderation/reviews/" + id(held) + "/remove", reason(why));
    assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    assertThat(removed.json().getString("status")).isEqualTo("REMOVED");
    assertThat(queue())
        .noneMatch(
            i ->
                i.getString("kind").equals("REVIEW")
                    && i.getJsonNumber("reviewId").longValue() == id(held));
    JsonObject told = reviews(patient, path).getJsonObject("mine");
    assertThat(told.getString("status")).isEqualTo("REMOVED");
    assertThat(told.getString("moderationNote")).isEqualTo(why);
    assertThat(MODERATOR.get("/moderation/log?size=50").items())
        .anyMatch(
            e ->
                !e.isNull("reviewId")
                    && e.getJsonNumber("reviewId").longValue() == id(held)
                    && e.getString("action").equals("REMOVE")
                    && e.getString("memberUsername").length() > 0);
    Response restored =
        MODERATOR.post("/moderation/reviews/" + id(held) + "/restore", reason("On second look"));
    assertThat(restored.json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(reviews(Api.demo("bob"), path).getJsonArray("items")).hasSize(1);
    assertProblem(MODERATOR.post("/moderation/reviews/" + id(held) + "/restore", reason("x")), 422);
  }

  @Test
  void flagsHideAReviewAndThePractitionerOrTheDeskRepliesOnce() {
    Clinician clinician = Reviews.clinician();
    String path = path(clinician);
    Api patient = Reviews.patient();
    completedWith(patient, clinician);
    long reviewId = id(written(patient.post(path, review(3, "Fine visit, " + Api.unique("r")))));

    assertProblem(Api.demo("bob").post("/reviews/" + reviewId + "/reply", reply("Thanks")), 403);
    assertProblem(
        Api.demo("dr.chen").post("/reviews/" + reviewId + "/reply", reply("Thanks")), 403);
    assertProblem(clinician.api().post("/reviews/" + reviewId + "/reply", reply(" ")), 400);
    Response replied =
        clinician.api().post("/reviews/" + reviewId + "/reply", reply("Thank you for coming."));
    assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
    assertThat(replied.json().getString("replyBody")).isEqualTo("Thank you for coming.");
    assertProblem(
        Api.demo("desk.jones").post("/reviews/" + reviewId + "/reply", reply("Again")), 409);
    JsonObject shown = reviews(Api.demo("alice"), path).getJsonArray("items").getJsonObject(0);
    assertThat(shown.getString("replyBody")).isEqualTo("Thank you for coming.");
    assertThat(shown.getString("authorName"))
        .as("first name and initial only")
        .isEqualTo("Test r.");

    long site = Reviews.siteOf(clinician.practitionerId());
    long siteReview =
        id(written(patient.post("/sites/" + site + "/reviews", review(4, Api.unique("Tidy")))));
    Response desk =
        Api.demo("desk.jones").post("/reviews/" + siteReview + "/reply", reply("Thank you!"));
    assertThat(desk.status()).as(desk.toString()).isEqualTo(200);

    assertProblem(patient.post("/reviews/" + reviewId + "/flags", flag("SPAM", "")), 422);
    Response one = Api.demo("bob").post("/reviews/" + reviewId + "/flags", flag("ABUSE", "rude"));
    assertThat(one.status()).as(one.toString()).isEqualTo(201);
    assertThat(one.json().getString("reviewStatus")).isEqualTo("PUBLISHED");
    assertProblem(Api.demo("bob").post("/reviews/" + reviewId + "/flags", flag("SPAM", "")), 409);
    assertProblem(
        Api.demo("carol").post("/reviews/" + reviewId + "/flags", flag("NONSENSE", "")), 400);
    Api.demo("carol").post("/reviews/" + reviewId + "/flags", flag("PRIVACY", ""));
    Response third = Api.demo("alice").post("/reviews/" + reviewId + "/flags", flag("OTHER", ""));
    assertThat(third.json().getString("reviewStatus")).isEqualTo("HIDDEN");
    assertThat(reviews(Api.demo("bob"), path).getJsonArray("items")).isEmpty();
    assertThat(queued(reviewId).getJsonArray("reasons").toString())
        .contains("FLAGS", "FLAG:ABUSE: rude");
    Response approved =
        MODERATOR.post("/moderation/reviews/" + reviewId + "/approve", reason("Fair review"));
    assertThat(approved.json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(reviews(Api.demo("bob"), path).getJsonArray("items")).hasSize(1);
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    Clinician clinician = Reviews.clinician();
    String path = path(clinician);
    Api patient = Reviews.patient();
    completedWith(patient, clinician);

    for (int rating : new int[] {0, 6, -1}) {
      Response bad = patient.post(path, review(rating, "Rating out of range"));
      assertProblem(bad, 400);
      assertThat(bad.errorFields()).containsExactly("rating");
    }
    Response noRating = patient.post(path, Json.createObjectBuilder().add("body", "x").build());
    assertThat(noRating.errorFields()).containsExactly("rating");
    assertThat(patient.post(path, review(4, " ")).errorFields()).containsExactly("body");
    assertThat(patient.post(path, review(4, "x".repeat(2001))).errorFields())
        .containsExactly("body");
    assertProblem(patient.post(path, "{not json", "application/json"), 400);
    assertProblem(
        patient.post(path, "{\"rating\": \"five\", \"body\": \"x\"}", "application/json"), 400);
    Response phone = patient.post(path, review(4, "Call me on 0412 345 678"));
    assertProblem(phone, 422);
    assertThat(reviews(patient, path).isNull("mine")).as("nothing stored").isTrue();
    assertProblem(patient.get("/reviews/99999999"), 404);
    assertProblem(patient.put("/reviews/99999999", review(3, "x")), 404);
  }

  private static JsonObject reply(String body) {
    return Json.createObjectBuilder().add("body", body).build();
  }
}
