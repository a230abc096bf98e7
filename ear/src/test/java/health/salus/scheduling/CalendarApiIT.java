package health.salus.scheduling;

import static health.salus.scheduling.Scheduling.booked;
import static health.salus.scheduling.Scheduling.id;
import static health.salus.scheduling.Scheduling.newPatient;
import static health.salus.scheduling.Scheduling.someFreeSlot;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.Scheduling.Patient;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** {@code /appointments/{id}/calendar.ics} and the patient's private calendar feed. */
class CalendarApiIT {

  /** What a calendar app asks for. */
  private static final String ICS = "text/calendar, application/problem+json";

  private static final DateTimeFormatter ICAL_UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private static Calendar parse(Response answer) throws Exception {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.mediaType()).isEqualTo("text/calendar");
    assertThat(answer.header("Content-Type").orElseThrow()).containsIgnoringCase("charset=UTF-8");
    return new CalendarBuilder().build(new StringReader(answer.body()));
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }

  private static VEvent eventOf(Calendar calendar, long appointmentId) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> value(e, "UID").equals("appointment-" + appointmentId + "@salus"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event of " + appointmentId + " in " + calendar));
  }

  /** The feed URL as a path below the API root, for the anonymous client. */
  private static String feedPath(String url) {
    String path = URI.create(url).getPath();
    return path.substring(path.indexOf("/calendar-feeds/"));
  }

  @Test
  void thePatientDownloadsTheirAppointmentAsOneEvent() throws Exception {
    Patient patient = newPatient();
    JsonObject appointment = booked(patient.api(), id(someFreeSlot("dr.chen", "IN_PERSON")));
    long id = id(appointment);

    Response answer = patient.api().get("/appointments/" + id + "/calendar.ics", ICS);

    Calendar calendar = parse(answer);
    assertThat(answer.header("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"appointment-" + id + ".ics\"");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(value(event, "UID")).isEqualTo("appointment-" + id + "@salus");
    assertThat(value(event, "DTSTART"))
        .isEqualTo(ICAL_UTC.format(Instant.parse(appointment.getString("start"))));
    assertThat(value(event, "DTEND"))
        .isEqualTo(ICAL_UTC.format(Instant.parse(appointment.getString("end"))));
    assertThat(value(event, "SUMMARY")).isEqualTo("Appointment with Dr Wei Chen");
    assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(event, "LOCATION")).isNotBlank().isNotEqualTo("Video consultation");
    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
    assertThat(Api.auditEntries(patient.username(), "CALENDAR_EXPORT", "SUCCESS")).isNotEmpty();
  }

  @Test
  void aCancelledAppointmentExportsAsACancellationWithAHigherSequence() throws Exception {
    Patient patient = newPatient();
    long id = id(booked(patient.api(), id(someFreeSlot("dr.chen", "VIDEO"))));
    String before =
        value(
            eventOf(parse(patient.api().get("/appointments/" + id + "/calendar.ics", ICS)), id),
            "SEQUENCE");
    Response cancelled = patient.api().post("/appointments/" + id + "/cancel");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

    Calendar calendar = parse(patient.api().get("/appointments/" + id + "/calendar.ics", ICS));

    VEvent event = eventOf(calendar, id);
    assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(event, "LOCATION")).isEqualTo("Video consultation");
    assertThat(Integer.parseInt(value(event, "SEQUENCE"))).isGreaterThan(Integer.parseInt(before));
    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
  }

  @Test
  void anotherPatientMayNotDownloadItButTheFrontDeskMay() throws Exception {
    Patient patient = newPatient();
    long id = id(booked(patient.api(), id(someFreeSlot("dr.chen", "PHONE"))));

    Response stranger = newPatient().api().get("/appointments/" + id + "/calendar.ics", ICS);
    assertThat(stranger.status()).as(stranger.toString()).isIn(403, 404);
    assertThat(stranger.body()).doesNotContain("BEGIN:VCALENDAR");
    assertThat(Api.anonymous().get("/appointments/" + id + "/calendar.ics", ICS).status())
        .isEqualTo(401);

    VEvent event =
        eventOf(
            parse(Api.demo("desk.jones").get("/appointments/" + id + "/calendar.ics", ICS)), id);
    assertThat(value(event, "LOCATION")).isEqualTo("Phone consultation");
    assertThat(
            parse(Api.demo("dr.chen").get("/appointments/" + id + "/calendar.ics", ICS))
                .getComponents("VEVENT"))
        .hasSize(1);
  }

  @Test
  void theFeedListsThePatientsAppointmentsWithoutSignInUntilReplacedOrRevoked() throws Exception {
    Patient patient = newPatient();
    long booked = id(booked(patient.api(), id(someFreeSlot("dr.chen", "IN_PERSON"))));
    long cancelled = id(booked(patient.api(), id(someFreeSlot("dr.chen", "PHONE"))));
    assertThat(patient.api().post("/appointments/" + cancelled + "/cancel").status())
        .isEqualTo(200);
    JsonObject none = patient.api().get("/me/calendar-feed").json();
    assertThat(none.getBoolean("active")).isFalse();

    Response created = patient.api().post("/me/calendar-feed");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String url = created.json().getString("url");
    assertThat(url).matches(".*/api/v1/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");
    String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());

    Calendar feed = parse(Api.anonymous().get(feedPath(url), ICS));
    assertThat(value(eventOf(feed, booked), "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(eventOf(feed, cancelled), "STATUS")).isEqualTo("CANCELLED");
    assertThat(feed.<VEvent>getComponents("VEVENT")).hasSize(2);

    Response status = patient.api().get("/me/calendar-feed");
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().getBoolean("active")).isTrue();
    assertThat(status.json().getString("createdAt")).isNotBlank();
    assertThat(status.body()).doesNotContain(token);

    String replaced = patient.api().post("/me/calendar-feed").json().getString("url");
    assertThat(replaced).isNotEqualTo(url);
    Response old = Api.anonymous().get(feedPath(url), ICS);
    assertThat(old.status()).as(old.toString()).isEqualTo(404);
    assertThat(old.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    parse(Api.anonymous().get(feedPath(replaced), ICS));

    assertThat(patient.api().delete("/me/calendar-feed").status()).isEqualTo(204);
    assertThat(Api.anonymous().get(feedPath(replaced), ICS).status()).isEqualTo(404);
    assertThat(patient.api().get("/me/calendar-feed").json().getBoolean("active")).isFalse();
  }

  @Test
  void theFeedOfADisabledAccountIsA404UntilTheAccountIsEnabledAgain() {
    String username = Api.unique("feed");
    String password = Api.strongPassword();
    long accountId = Api.registerPatient(username, password).getJsonNumber("id").longValue();
    Response created = Api.as(username, password).post("/me/calendar-feed");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String path = feedPath(created.json().getString("url"));
    assertThat(Api.anonymous().get(path, ICS).status()).isEqualTo(200);

    assertThat(Api.admin().post("/admin/accounts/" + accountId + "/disable").status())
        .isEqualTo(200);

    Response disabled = Api.anonymous().get(path, ICS);
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(404);
    assertThat(disabled.body()).doesNotContain("BEGIN:VCALENDAR");

    assertThat(Api.admin().post("/admin/accounts/" + accountId + "/enable").status())
        .isEqualTo(200);
    assertThat(Api.anonymous().get(path, ICS).status()).isEqualTo(200);
  }

  @Test
  void unknownAndMalformedTokensAreTheSame404() {
    String unknown = "A".repeat(43);
    for (String path :
        List.of(
            "/calendar-feeds/" + unknown + ".ics",
            "/calendar-feeds/not-a-token.ics",
            "/calendar-feeds/%25%27%22.ics",
            "/calendar-feeds/" + "x".repeat(500) + ".ics")) {
      Response answer = Api.anonymous().get(path, ICS);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
      assertThat(answer.body()).doesNotContain("BEGIN:VCALENDAR");
    }
  }

  @Test
  void onlyPatientsHaveAFeed() {
    assertThat(Api.demo("dr.chen").post("/me/calendar-feed").status()).isEqualTo(403);
    assertThat(Api.demo("desk.jones").get("/me/calendar-feed").status()).isEqualTo(403);
    assertThat(Api.anonymous().post("/me/calendar-feed").status()).isEqualTo(401);
  }
}
