package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Browser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In the browser: every role signs in and sees its menu; only administrators see theirs. */
class RoleMenuIT {

  @RegisterExtension final Browser browser = new Browser();

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "alice,      patient",
    "carol,      carer",
    "dr.chen,    clinician",
    "edu.nguyen, educator",
    "cm.smith,   case manager",
    "mod.lee,    moderator",
    "desk.jones, staff",
    "admin,      admin",
  })
  void eachRoleSeesItsMenu(String username, String roleWords) {
    browser.signIn(username, Api.DEMO_PASSWORD);

    browser.waitForPath("/home.xhtml");
    assertThat(browser.exists("menu-home")).isTrue();
    assertThat(browser.exists("menu-profile")).isTrue();
    assertThat(browser.text("menu-role").toLowerCase(Locale.ROOT).replace('_', ' '))
        .contains(roleWords);
    boolean admin = username.equals("admin");
    assertThat(browser.exists("menu-admin-users")).isEqualTo(admin);
    assertThat(browser.exists("menu-admin-audit")).isEqualTo(admin);
    boolean moderator = username.equals("mod.lee");
    assertThat(browser.exists("menu-moderation-queue")).isEqualTo(moderator);
    assertThat(browser.exists("menu-community"))
        .isEqualTo(moderator || username.equals("alice") || username.equals("carol"));
    assertThat(browser.exists("menu-messages"))
        .as("messages for patients, carers, clinicians and educators")
        .isEqualTo(List.of("alice", "carol", "dr.chen", "edu.nguyen").contains(username));
    assertThat(browser.exists("menu-feedback")).isEqualTo(username.equals("alice"));
    assertThat(browser.exists("menu-complaints")).isEqualTo(username.equals("desk.jones") || admin);
    assertThat(browser.exists("menu-learn"))
        .as("learn for patients")
        .isEqualTo(username.equals("alice"));
    assertThat(browser.exists("menu-authoring")).isEqualTo(username.equals("edu.nguyen"));
    assertThat(browser.exists("menu-education-figures"))
        .isEqualTo(List.of("edu.nguyen", "desk.jones").contains(username));
    boolean portalUser = username.equals("alice") || username.equals("carol");
    assertThat(browser.exists("menu-connections")).isEqualTo(portalUser);
    assertThat(browser.exists("menu-health-updates")).isEqualTo(portalUser);
  }
}
