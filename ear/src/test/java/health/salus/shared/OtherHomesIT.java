package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.HomePage;
import jakarta.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The homes of the roles whose worklists are still to come say plainly what will show there, with
 * no made-up data; the administrator's home counts the accounts the test creates; the carer's names
 * the person they care for.
 */
class OtherHomesIT {

  private static final Pattern ACCOUNTS = Pattern.compile("There are (\\d+) accounts");

  @Test
  void aNewEducatorSeesItsEmptyWorklistAndTheAdministratorCountsIt() {
    HomePage home = newStaffHome("EDUCATOR");
    assertThat(home.text("worklist-EDUCATOR"))
        .startsWith("Your education programmes and educator visits will show here.")
        .contains("There are none in Salus yet.");
    assertThat(home.has("dashboard-PATIENT")).isFalse();
    assertThat(home.has("dashboard-ADMIN")).isFalse();
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
