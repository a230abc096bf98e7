package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import health.salus.testsupport.HomePage;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The educator's home counts today's calls and lists the next ones (none for a new educator); the
 * case manager's starts with an empty caseload; the administrator's home counts the accounts the
 * test creates; the carer's names the person they care for.
 */
class OtherHomesIT {

  private static final Pattern ACCOUNTS = Pattern.compile("There are (\\d+) accounts");
  private static final Pattern TODAY = Pattern.compile("Calls booked for today: (\\d+)");

  @Test
  void aNewEducatorSeesNoCallsAndTheAdministratorCountsIt() {
    HomePage home = newStaffHome("EDUCATOR");
    assertThat(home.text("home-consultations-today")).isEqualTo("Calls booked for today: 0");
    assertThat(home.text("home-consultations-none")).isEqualTo("No calls are booked from now on.");
    assertThat(home.has("home-consultations")).isFalse();
    assertThat(home.has("dashboard-PATIENT")).isFalse();
    assertThat(home.has("dashboard-ADMIN")).isFalse();
  }

  @Test
  void anEducatorSeesTheCallsBookedWithThemAndTheWaysIn() {
    TestPatient patient = TestPatient.register("edu-home");
    JsonObject call = Appointments.imminentAppointment(patient.api(), "edu.nguyen", "PHONE");
    try {
      HomePage home = HomePage.of("edu.nguyen", Api.DEMO_PASSWORD);

      Matcher today = TODAY.matcher(home.text("home-consultations-today"));
      assertThat(today.matches()).as(home.text("home-consultations-today")).isTrue();
      assertThat(Long.parseLong(today.group(1))).isPositive();
      assertThat(home.text("home-consultations")).contains(patient.fullName() + " (Phone)");
      assertThat(home.link("home-educator-consultations"))
          .hasValueSatisfying(href -> assertThat(href).endsWith("/education/consultations.xhtml"));
    } finally {
      // Inside the patient's cancellation window: the front desk cancels it.
      Response cancelled =
          Api.demo("desk.jones")
              .post("/appointments/" + call.getJsonNumber("id").longValue() + "/cancel");
      assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }
    // A cancelled call is no longer on the list.
    assertThat(HomePage.of("edu.nguyen", Api.DEMO_PASSWORD).text("dashboard-EDUCATOR"))
        .doesNotContain(patient.fullName());
  }

  @Test
  void aNewCaseManagerStartsWithAnEmptyCaseload() {
    HomePage home = newStaffHome("CASE_MANAGER");

    assertThat(home.text("worklist-CASE_MANAGER"))
        .isEqualTo("Active cases: 0 Overdue tasks: 0 Your open tasks: 0");
    assertThat(home.has("dashboard-PATIENT")).isFalse();
  }

  /** The home of a staff account the administrator creates now, after it is counted. */
  private static HomePage newStaffHome(String role) {
    HomePage admin = HomePage.of("admin", Api.DEMO_PASSWORD);
    long before = accounts(admin.text("account-count"));
    String username = Api.unique("home");
    String password = Api.strongPassword();
    Response created =
        Api.admin()
            .post(
                "/admin/accounts",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("fullName", "Staff " + username)
                    .add("email", username + "@example.org")
                    .add("initialPassword", password)
                    .add("roles", Json.createArrayBuilder().add(role))
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    assertThat(accounts(admin.reload().text("account-count"))).isEqualTo(before + 1);
    assertThat(admin.text("home-audit")).contains("admin");
    return HomePage.of(username, password);
  }

  @Test
  void theCarerSeesWhomTheyCareFor() {
    HomePage carol = HomePage.of("carol", Api.DEMO_PASSWORD);

    assertThat(carol.text("cared-for")).isEqualTo("Alice Martin. You are their daughter.");
    assertThat(carol.text("dashboard-CARER"))
        .contains("Choose a person at the top of the page to act for them.");
    assertThat(carol.text("acting-for")).isEqualTo("Acting for yourself");
    assertThat(carol.has("next-appointment")).isFalse();
  }

  private static long accounts(String text) {
    Matcher m = ACCOUNTS.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Long.parseLong(m.group(1));
  }
}
