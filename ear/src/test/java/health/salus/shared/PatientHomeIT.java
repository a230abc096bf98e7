package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.HomePage;
import health.salus.testsupport.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient's home page shows their own next appointment (where it is for a visit, the join link
 * for a video call that is open, a link to its calendar file, which no one else gets) and what
 * needs doing (the bill of a completed consultation with a way to pay, the new notices), from data
 * the test makes through the real chain: booking, completion by the clinician, the invoice billing
 * issues.
 */
class PatientHomeIT {

  @Test
  void theNextAppointmentThenTheBillOfTheConsultation() {
    String username = Api.unique("home");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api patient = Api.as(username, password);
    HomePage home = HomePage.of(username, password);
    assertThat(home.text("next-appointment-none")).isEqualTo("You have no appointments coming up.");
    assertThat(home.text("to-do")).isEqualTo("Nothing to do right now.");
    assertThat(home.link("action-book"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/scheduling/find-practitioner.xhtml"));

    // A visit in person, days ahead: when, with whom, where, and how to get there.
    JsonObject visit = Appointments.bookSomeSlot(patient, "physio.kim", "IN_PERSON");
    home.reload();
    assertThat(home.text("next-appointment")).contains("Daniel Kim", "In person", "Booked");
    assertThat(home.text("next-place")).isNotBlank();
    assertThat(home.link("next-directions"))
        .hasValueSatisfying(
            l -> assertThat(l).startsWith("https://www.openstreetmap.org/search?query="));
    assertThat(home.has("next-join")).isFalse();
    // Its calendar file is a plain link (no form on the page): the file, to this patient only.
    PageSession.Answer file = home.open("next-ics");
    assertThat(file.status()).as(file.toString()).isEqualTo(200);
    assertThat(file.body()).contains("BEGIN:VEVENT", "UID:appointment-" + id(visit) + "@salus");
    String fileOfVisit = "/scheduling/calendar-file.xhtml?appointment=" + id(visit);
    HomePage stranger = HomePage.of(registered("stranger"), STRANGER_PASSWORD);
    assertThat(stranger.get(fileOfVisit).status()).isEqualTo(404);
    for (String bad : List.of("", "?appointment=", "?appointment=abc", "?appointment=-1")) {
      PageSession.Answer refused = home.get("/scheduling/calendar-file.xhtml" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(404);
      assertThat(refused.body())
          .as(bad)
          .doesNotContain("BEGIN:VCALENDAR")
          .contains("<title>Page not found");
    }

    // A video call about to start comes first, and its room is open.
    JsonObject call = Appointments.imminentAppointment(patient, "dr.chen", "VIDEO");
    home.reload();
    assertThat(home.text("next-appointment")).contains("Dr Wei Chen", "Video");
    String room = patient.get("/appointments/" + id(call) + "/video").json().getString("videoUrl");
    assertThat(home.link("next-join")).contains(room);
    assertThat(home.has("next-place")).isFalse();
    assertThat(home.text("to-do-unread")).contains("2 new messages");
    assertThat(home.link("to-do-unread"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/notification/inbox.xhtml"));
    assertThat(home.has("to-do-bills")).isFalse();

    // dr.chen completes the call: billing invoices it, the visit is next again.
    Response done =
        Api.demo("dr.chen")
            .post(
                "/appointments/" + id(call) + "/complete",
                Json.createObjectBuilder().add("outcome", "Reviewed").build());
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    home.reload();
    assertThat(home.text("to-do-bills")).startsWith("One bill to pay, $85.00 in total.");
    assertThat(home.link("to-do-bills"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/billing/invoices.xhtml"));
    assertThat(home.text("next-appointment")).contains("Daniel Kim");
    assertThat(id(visit)).isPositive();
  }

  private static final String STRANGER_PASSWORD = Api.strongPassword();

  private static String registered(String prefix) {
    String username = Api.unique(prefix);
    Api.registerPatient(username, STRANGER_PASSWORD);
    return username;
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }
}
