package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.entity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The menu shows each role its own entries, in the menu's order, each with a label and a page. */
class MenuItemTest {

  private static List<String> ids(Role... roles) {
    return MenuItem.shownTo(List.of(roles)).stream().map(MenuItem::id).toList();
  }

  @Test
  void aPatientSeesTheirOwnPagesAndNoStaffPage() {
    assertThat(ids(Role.PATIENT))
        .startsWith("menu-appointments", "menu-record", "menu-medications")
        .contains("menu-invoices", "menu-community", "menu-messages", "menu-feedback")
        .doesNotContain("menu-diary", "menu-bookings", "menu-admin-users", "menu-moderation-queue");
  }

  @Test
  void eachRoleSeesItsWorklistAndOnlyTheEntriesOfItsRoles() {
    assertThat(ids(Role.CLINICIAN))
        .containsExactly("menu-diary", "menu-availability", "menu-refills", "menu-messages");
    assertThat(ids(Role.CARER))
        .containsExactly(
            "menu-community",
            "menu-my-moderation",
            "menu-connections",
            "menu-health-updates",
            "menu-messages");
    assertThat(ids(Role.ADMIN))
        .containsExactly(
            "menu-group-setup",
            "menu-complaints",
            "menu-satisfaction",
            "menu-admin-users",
            "menu-admin-audit",
            "menu-admin-security",
            "menu-admin-moderation-log",
            "menu-admin-watched-words");
    assertThat(ids()).isEmpty();
  }

  @Test
  void anEntryForSeveralOfOnesRolesIsShownOnce() {
    List<String> both = ids(Role.PATIENT, Role.CARER);
    assertThat(both).doesNotHaveDuplicates().contains("menu-community", "menu-connections");
    assertThat(ids(Role.STAFF, Role.ADMIN))
        .doesNotHaveDuplicates()
        .contains("menu-complaints", "menu-bookings", "menu-admin-users");
  }

  @Test
  void everyEntryHasItsOwnIdALabelInBothLanguagesAndAPage() throws IOException {
    Properties english = bundle("health/salus/i18n/messages.properties");
    Properties chinese = bundle("health/salus/i18n/messages_zh_CN.properties");
    Set<String> ids =
        Arrays.stream(MenuItem.values()).map(MenuItem::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(MenuItem.values().length);
    for (MenuItem item : MenuItem.values()) {
      assertThat(english).as(item.key()).containsKey(item.key());
      assertThat(chinese).as(item.key()).containsKey(item.key());
      assertThat(item.path()).startsWith("/").endsWith(".xhtml");
      assertThat(new java.io.File("src/main/webapp" + item.path())).as(item.path()).exists();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MenuItemTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(in);
    }
    return properties;
  }
}
