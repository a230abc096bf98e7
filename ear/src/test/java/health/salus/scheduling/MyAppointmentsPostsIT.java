package health.salus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Directory;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * My appointments is a stateless page ({@code shared.view.StatelessViews}): nothing of it is kept
 * in the session, its row buttons post the id of what they act on, and the signed form token and
 * the browser's origin guard its posts instead of a saved view state. A post from another site, one
 * without the token, a link dressed as a post, another patient's id or no number at all change
 * nothing; the header's carer switch, which carries the token too, works on it.
 */
class MyAppointmentsPostsIT {

  private static final String PAGE = "/scheduling/my-appointments.xhtml";
  private static final String EVIL = "https://evil.example";

  private static long bookedAppointment(Patient patient) {
    return Scheduling.id(
        Scheduling.booked(
            patient.api(), Scheduling.id(Scheduling.someFreeSlot("dr.okafor", "IN_PERSON"))));
  }

  private static String status(Patient patient, long appointmentId) {
    return patient.api().get("/appointments/" + appointmentId).json().getString("status");
  }

  private static Answer shown(PageSession session) {
    Answer page = session.get(PAGE);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page;
  }

  @Test
  void aCancelPostedFromAnotherSiteOrWithoutTheTokenIsRefusedAndFromThePageCancels() {
    Patient patient = Scheduling.newPatient();
    long id = bookedAppointment(patient);
    PageSession session = PageSession.signedIn(patient.username(), patient.password());
    Answer page = shown(session);
    // Stateless: the view state says so, and the button carries the appointment's id.
    assertThat(page.body())
        .contains("value=\"stateless\"")
        .contains("name=\"cancel\" value=\"" + id + "\"");
    // The cut-off it tells beforehand (24 hours unless configured) comes with the list.
    assertThat(page.body()).contains("up to 24 hours before it starts");
    Map<String, String> fields =
        PageSession.pressing(page.body(), "appointments", "cancel", String.valueOf(id));
    assertThat(fields).containsKey("salus-form-token");

    Answer crossSite = session.postFormFrom(EVIL, PAGE, fields);
    assertThat(crossSite.status()).as(crossSite.toString()).isEqualTo(403);
    assertThat(crossSite.body()).contains("This form was not accepted");
    Map<String, String> withoutToken = new LinkedHashMap<>(fields);
    withoutToken.remove("salus-form-token");
    assertThat(session.postForm(PAGE, withoutToken).status()).isEqualTo(403);
    assertThat(status(patient, id)).isEqualTo("BOOKED");

    Answer cancelled = session.postForm(PAGE, fields);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(302);
    assertThat(cancelled.location()).endsWith(PAGE);
    assertThat(status(patient, id)).isEqualTo("CANCELLED");
    Answer after = shown(session);
    assertThat(after.body()).contains("The appointment is cancelled and the time is free");
    assertThat(after.body()).doesNotContain("name=\"cancel\" value=\"" + id + "\"");
  }

  @Test
  void aLinkThatSaysItIsAPostbackIsRefusedWith400AndCancelsNothing() {
    Patient patient = Scheduling.newPatient();
    long id = bookedAppointment(patient);
    PageSession session = PageSession.signedIn(patient.username(), patient.password());

    Answer link = session.get(PAGE + "?jakarta.faces.ViewState=stateless&cancel=" + id);

    assertThat(link.status()).as(link.toString()).isEqualTo(400);
    assertThat(link.body()).contains("This form was not accepted");
    assertThat(status(patient, id)).isEqualTo("BOOKED");
    // So on any page (Faces would take it for a post and fail on it).
    Answer home = session.get("/home.xhtml?jakarta.faces.ViewState=stateless");
    assertThat(home.status()).as(home.toString()).isEqualTo(400);
  }

  @Test
  void anotherPatientsAppointmentOrAnIdThatIsNoNumberIsNotFoundAndNothingChanges() {
    Patient owner = Scheduling.newPatient();
    long id = bookedAppointment(owner);
    Patient other = Scheduling.newPatient();
    PageSession session = PageSession.signedIn(other.username(), other.password());
    String page = shown(session).body();

    for (String posted : List.of(String.valueOf(id), "not-a-number", "")) {
      Answer answer =
          session.postForm(PAGE, PageSession.pressing(page, "appointments", "cancel", posted));
      assertThat(answer.status()).as(posted + ": " + answer).isEqualTo(200);
      assertThat(answer.body()).as(posted).contains("No such appointment.");
    }
    assertThat(status(owner, id)).isEqualTo("BOOKED");
  }

  @Test
  void aPatientParameterThatIsNoNumberAnswersNotFoundAndShowsNoAppointments() {
    Patient patient = Scheduling.newPatient();
    long id = bookedAppointment(patient);
    PageSession session = PageSession.signedIn(patient.username(), patient.password());
    assertThat(shown(session).body()).contains("name=\"cancel\" value=\"" + id + "\"");

    for (String asked : List.of("not-a-number", "12x", "1.5")) {
      Answer answer = session.get(PAGE + "?patient=" + asked);
      assertThat(answer.status()).as(asked + ": " + answer).isEqualTo(404);
      assertThat(answer.body())
          .as(asked)
          .contains("<title>Page not found")
          .doesNotContain("name=\"cancel\"");
    }
  }

  @Test
  void leavingTheWaitlistOnThePageTakesOffTheEntryItsButtonNamesAndNoOther() {
    Patient patient = Scheduling.newPatient();
    Instant before = Instant.now().plus(Duration.ofDays(30));
    long first = joined(patient, Directory.practitionerId("edu.nguyen"), before);
    long second = joined(patient, Directory.practitionerId("dr.okafor"), before);
    try {
      PageSession session = PageSession.signedIn(patient.username(), patient.password());
      String page = shown(session).body();
      assertThat(page).contains("name=\"leave\" value=\"" + second + "\"");

      Answer left =
          session.postForm(
              PAGE, PageSession.pressing(page, "appointments", "leave", String.valueOf(second)));

      assertThat(left.status()).as(left.toString()).isEqualTo(302);
      assertThat(shown(session).body()).contains("You have left the waitlist.");
      assertThat(patient.api().get("/waitlist").jsonArray().getValuesAs(JsonObject.class))
          .extracting(Scheduling::id)
          .containsExactly(first);
    } finally {
      // Nobody left waiting: other tests count who is first on these practitioners' lists.
      patient.api().delete("/waitlist/" + first);
      patient.api().delete("/waitlist/" + second);
    }
  }

  @Test
  void aCarerSwitchesWhomTheyActForFromThisPageWithTheHeadersForm() {
    PageSession session = PageSession.signedIn("carol", Api.DEMO_PASSWORD);
    String page = shown(session).body();
    Matcher alice = Pattern.compile("<option value=\"(\\d+)\">Alice Martin</option>").matcher(page);
    assertThat(alice.find()).as("carol may act for Alice").isTrue();
    Map<String, String> fields = PageSession.pressing(page, "acting", "acting:switch", "Switch");
    assertThat(fields).containsKey("salus-form-token");
    fields.put("acting-who", alice.group(1));

    Answer switched = session.postForm(PAGE, fields);

    assertThat(switched.status()).as(switched.toString()).isEqualTo(302);
    assertThat(switched.location()).endsWith("/home.xhtml");
    assertThat(session.get("/home.xhtml").body()).contains("Acting for Alice Martin");
  }

  private static long joined(Patient patient, long practitionerId, Instant before) {
    Api.Response answer =
        patient
            .api()
            .post(
                "/waitlist",
                Json.createObjectBuilder()
                    .add("practitionerId", practitionerId)
                    .add("before", before.toString())
                    .build());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return Scheduling.id(answer.json());
  }
}
