package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.HomePage;
import jakarta.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The homes of the roles whose worklists are still to come say plainly what will show there, with
 * no made-up data; the administrator's home counts the accounts the test creates; the carer's names
 * the person they care for.
 */
class OtherHomesIT {

  private static final Pattern ACCOUNTS = Pattern.compile("There are (\\d+) accounts");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "EDUCATOR,     Your education programmes and educator visits will show here.",
    "CASE_MANAGER, Your cases, tasks and follow-ups will show here.",
    "MODERATOR,    Posts waiting for review will show here.",
  })
  void aNewStaffAccountSeesItsEmptyWorklistAndTheAdministratorCountsIt(String role, String text) {
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
    HomePage home = HomePage.of(username, password);
    assertThat(home.text("worklist-" + role))
        .startsWith(text)
        .contains("There are none in Salus yet.");
    assertThat(home.has("dashboard-PATIENT")).isFalse();
    assertThat(home.has("dashboard-ADMIN")).isFalse();
  }

  @Test
  void theCarerSeesWhomTheyCareFor() {
    HomePage carol = HomePage.of("carol", Api.DEMO_PASSWORD);

    assertThat(carol.text("cared-for")).isEqualTo("Alice Martin. You are their daughter.");
    assertThat(carol.text("dashboard-CARER")).contains("When they give you access in Salus");
    assertThat(carol.has("next-appointment")).isFalse();
  }

  private static long accounts(String text) {
    Matcher m = ACCOUNTS.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Long.parseLong(m.group(1));
  }
}
