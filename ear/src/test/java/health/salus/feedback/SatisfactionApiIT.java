package health.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Satisfaction over HTTP: the real chain from a completed appointment (completed by the clinician
 * through the API, as the billing chain does) to the invitation and its notice; a rating once only,
 * by the appointment's patient only; the Net Promoter question once in 90 days; the staff trends.
 */
class SatisfactionApiIT {

  private static JsonObject rating(Integer score, String comment) {
    var body = Json.createObjectBuilder();
    if (score != null) {
      body.add("score", score);
    }
    if (comment != null) {
      body.add("comment", comment);
    }
    return body.build();
  }

  private static long completedWithChen(TestPatient patient) {
    JsonObject appointment =
        Appointments.imminentAppointment(patient.api(), "dr.chen", "IN_PERSON");
    long id = appointment.getJsonNumber("id").longValue();
    Response done =
        Api.demo("dr.chen")
            .post(
                "/appointments/" + id + "/complete",
                Json.createObjectBuilder().add("outcome", "Reviewed").build());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return id;
  }

  private static List<JsonObject> invitations(Api patient) {
    Response open = patient.get("/me/feedback-invitations");
    assertThat(open.status()).as(open.toString()).isEqualTo(200);
    return open.jsonArray().getValuesAs(JsonObject.class);
  }

  private static long chenRatings() {
    Response trends = Api.demo("desk.jones").get("/feedback/satisfaction");
    assertThat(trends.status()).as(trends.toString()).isEqualTo(200);
    return trends.json().getJsonArray("byPractitioner").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("group").equals("Dr Wei Chen"))
        .findFirst()
        .map(f -> f.getJsonNumber("ratings").longValue())
        .orElse(0L);
  }

  @Test
  void aCompletedAppointmentInvitesThePatientOnceAndIsRatedOnce() {
    TestPatient patient = TestPatient.register("fb-rate");
    Api api = patient.api();
    assertThat(invitations(api)).isEmpty();

    long appointmentId = completedWithChen(patient);

    List<JsonObject> open = invitations(api);
    assertThat(open).hasSize(1);
    assertThat(open.get(0).getJsonNumber("appointmentId").longValue()).isEqualTo(appointmentId);
    assertThat(open.get(0).getString("practitionerName")).isEqualTo("Dr Wei Chen");
    List<JsonObject> inbox = api.get("/me/notifications").items();
    assertThat(inbox)
        .filteredOn(n -> n.getString("title").equals("How was your appointment?"))
        .singleElement()
        .satisfies(n -> assertThat(n.getString("body")).contains("Dr Wei Chen"));

    // Another patient: as if there were nothing; bad input: 400, nothing rated.
    TestPatient other = TestPatient.register("fb-other");
    Response stranger =
        other.api().post("/appointments/" + appointmentId + "/rating", rating(5, null));
    assertThat(stranger.status()).as(stranger.toString()).isIn(403, 404);
    Response tooHigh = api.post("/appointments/" + appointmentId + "/rating", rating(6, null));
    assertThat(tooHigh.status()).as(tooHigh.toString()).isEqualTo(400);
    assertThat(tooHigh.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    Response none = api.post("/appointments/" + appointmentId + "/rating", rating(null, "Nice"));
    assertThat(none.status()).as(none.toString()).isEqualTo(400);
    assertThat(invitations(api)).hasSize(1);
    long before = chenRatings();

    Response rated =
        api.post("/appointments/" + appointmentId + "/rating", rating(4, "Clear advice"));
    assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    assertThat(rated.json().getInt("score")).isEqualTo(4);
    assertThat(rated.json().getString("comment")).isEqualTo("Clear advice");
    assertThat(invitations(api)).isEmpty();
    assertThat(chenRatings()).isEqualTo(before + 1);

    Response again = api.post("/appointments/" + appointmentId + "/rating", rating(1, null));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(chenRatings()).isEqualTo(before + 1);

    // No invitation for an appointment that was not completed.
    JsonObject booked = Appointments.bookSomeSlot(api, "dr.chen", "IN_PERSON");
    Response notDone =
        api.post(
            "/appointments/" + booked.getJsonNumber("id").longValue() + "/rating", rating(5, null));
    assertThat(notDone.status()).as(notDone.toString()).isEqualTo(404);
  }

  @Test
  void theNetPromoterQuestionIsAskedOnceInNinetyDays() {
    Api api = TestPatient.register("fb-nps").api();
    assertThat(api.get("/me/nps").json().getBoolean("due")).isTrue();

    Response outOfRange = api.post("/me/nps", Json.createObjectBuilder().add("score", 11).build());
    assertThat(outOfRange.status()).as(outOfRange.toString()).isEqualTo(400);
    assertThat(api.get("/me/nps").json().getBoolean("due")).isTrue();

    Response answered =
        api.post(
            "/me/nps", Json.createObjectBuilder().add("score", 9).add("comment", "Kind").build());
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    assertThat(answered.json().getBoolean("due")).isFalse();
    assertThat(api.get("/me/nps").json().getBoolean("due")).isFalse();

    Response twice = api.post("/me/nps", Json.createObjectBuilder().add("score", 3).build());
    assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
  }

  @Test
  void staffSeeTheTrendsAndPatientsDoNot() {
    Response trends = Api.demo("desk.jones").get("/feedback/satisfaction?months=6");
    assertThat(trends.status()).as(trends.toString()).isEqualTo(200);
    JsonObject t = trends.json();
    assertThat(t.getJsonArray("byMonth")).hasSize(6);
    assertThat(t.getJsonArray("byPractitioner").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("group"))
        .contains("Dr Wei Chen", "Dr Anika Patel");
    long rated =
        t.getJsonArray("byMonth").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getJsonNumber("ratings").longValue() > 0)
            .count();
    assertThat(rated).as("months with demo ratings").isGreaterThanOrEqualTo(4);
    JsonObject nps = t.getJsonObject("nps");
    assertThat(nps.getJsonNumber("answers").longValue()).isPositive();
    long promoters = nps.getJsonNumber("promoters").longValue();
    long detractors = nps.getJsonNumber("detractors").longValue();
    long answers = nps.getJsonNumber("answers").longValue();
    assertThat(nps.getInt("score"))
        .isEqualTo(Math.round(100f * (promoters - detractors) / answers));

    assertThat(Api.admin().get("/feedback/satisfaction").status()).isEqualTo(200);
    assertThat(Api.demo("alice").get("/feedback/satisfaction").status()).isEqualTo(403);
    assertThat(Api.demo("dr.chen").get("/feedback/satisfaction").status()).isEqualTo(403);
    assertThat(Api.demo("desk.jones").get("/feedback/satisfaction?months=0").status())
        .isEqualTo(400);
  }

  @Test
  void aliceHasAnOpenInvitationFromTheDemo() {
    Optional<JsonObject> open = invitations(Api.demo("alice")).stream().findFirst();
    assertThat(open).isPresent();
    assertThat(open.get().getString("practitionerName")).isEqualTo("Dr Wei Chen");
  }
}
