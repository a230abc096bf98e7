package health.salus.shared.view;

import static health.salus.identity.entity.Role.ADMIN;
import static health.salus.identity.entity.Role.CARER;
import static health.salus.identity.entity.Role.CASE_MANAGER;
import static health.salus.identity.entity.Role.CLINICIAN;
import static health.salus.identity.entity.Role.EDUCATOR;
import static health.salus.identity.entity.Role.MODERATOR;
import static health.salus.identity.entity.Role.PATIENT;
import static health.salus.identity.entity.Role.STAFF;

import health.salus.identity.entity.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The layout's menu entries that depend on the roles, in the menu's order: each with its element
 * id, its page, its label (a bundle key) and the roles that see it (any of them). Home and profile,
 * which everyone sees, and the carer's entry for the record of the person they act for, which
 * depends on that choice, stay in the layout.
 */
public enum MenuItem {
  APPOINTMENTS(
      "menu-appointments", "/scheduling/my-appointments.xhtml", "menu.appointments", PATIENT),
  RECORD("menu-record", "/records/record.xhtml", "record.menu", PATIENT),
  MEDICATIONS("menu-medications", "/prescriptions/medications.xhtml", "menu.medications", PATIENT),
  READINGS("menu-readings", "/monitoring/readings.xhtml", "monitoring.menu", PATIENT),
  INVOICES("menu-invoices", "/billing/invoices.xhtml", "menu.invoices", PATIENT),
  ACCESS_HISTORY(
      "menu-access-history", "/account/access-history.xhtml", "menu.accessHistory", PATIENT),
  SHARING("menu-sharing", "/account/sharing.xhtml", "carer.menu.sharing", PATIENT),
  MY_CASES("menu-my-cases", "/casework/my-cases.xhtml", "casework.menu.myCases", PATIENT),
  LEARN("menu-learn", "/education/programmes.xhtml", "learn.menu", PATIENT),
  COMMUNITY(
      "menu-community", "/community/groups.xhtml", "community.menu", PATIENT, CARER, MODERATOR),
  MY_MODERATION(
      "menu-my-moderation",
      "/community/my-moderation.xhtml",
      "moderation.menu.mine",
      PATIENT,
      CARER,
      MODERATOR),
  CONNECTIONS(
      "menu-connections",
      "/community/connections.xhtml",
      "sharing.menu.connections",
      PATIENT,
      CARER),
  HEALTH_UPDATES(
      "menu-health-updates",
      "/community/health-updates.xhtml",
      "sharing.menu.updates",
      PATIENT,
      CARER),
  GROUP_SETUP(
      "menu-group-setup",
      "/community/setup.xhtml",
      "community.setup.menu",
      STAFF,
      MODERATOR,
      ADMIN),
  MODERATION_QUEUE(
      "menu-moderation-queue", "/moderation/queue.xhtml", "moderation.menu.queue", MODERATOR),
  MODERATION_LOG("menu-moderation-log", "/moderation/log.xhtml", "moderation.menu.log", MODERATOR),
  MODERATION_SANCTIONS(
      "menu-moderation-sanctions",
      "/moderation/sanctions.xhtml",
      "moderation.menu.sanctions",
      MODERATOR),
  MODERATION_APPEALS(
      "menu-moderation-appeals", "/moderation/appeals.xhtml", "moderation.menu.appeals", MODERATOR),
  DIARY("menu-diary", "/scheduling/diary.xhtml", "menu.diary", CLINICIAN),
  AVAILABILITY(
      "menu-availability", "/scheduling/availability.xhtml", "menu.availability", CLINICIAN),
  REFILLS("menu-refills", "/prescriptions/refill-queue.xhtml", "menu.refills", CLINICIAN),
  CASELOAD("menu-caseload", "/casework/caseload.xhtml", "casework.menu.caseload", CASE_MANAGER),
  CASE_TASKS("menu-case-tasks", "/casework/my-tasks.xhtml", "casework.menu.myTasks", CASE_MANAGER),
  MESSAGES(
      "menu-messages",
      "/messaging/threads.xhtml",
      "messaging.menu",
      PATIENT,
      CARER,
      CLINICIAN,
      EDUCATOR),
  BOOKINGS("menu-bookings", "/scheduling/bookings.xhtml", "menu.bookings", STAFF),
  BILLING("menu-billing", "/billing/accounts.xhtml", "menu.billing", STAFF),
  DESK_INBOX("menu-desk-inbox", "/messaging/desk.xhtml", "messaging.desk.menu", STAFF),
  FEEDBACK("menu-feedback", "/feedback/my-feedback.xhtml", "feedback.menu.mine", PATIENT),
  COMPLAINTS(
      "menu-complaints", "/feedback/complaints.xhtml", "feedback.menu.complaints", STAFF, ADMIN),
  SATISFACTION(
      "menu-satisfaction",
      "/feedback/satisfaction.xhtml",
      "feedback.menu.satisfaction",
      STAFF,
      ADMIN),
  ADMIN_USERS("menu-admin-users", "/admin/users.xhtml", "menu.admin.users", ADMIN),
  ADMIN_AUDIT("menu-admin-audit", "/admin/audit.xhtml", "menu.admin.audit", ADMIN),
  ADMIN_SECURITY("menu-admin-security", "/admin/security.xhtml", "menu.admin.security", ADMIN),
  ADMIN_MODERATION_LOG(
      "menu-admin-moderation-log", "/moderation/log.xhtml", "moderation.menu.log", ADMIN),
  ADMIN_WATCHED_WORDS(
      "menu-admin-watched-words",
      "/moderation/watched-words.xhtml",
      "moderation.menu.words",
      ADMIN),
  AUTHORING(
      "menu-authoring", "/education/author/programmes.xhtml", "education.menu.authoring", EDUCATOR),
  EDUCATOR_CONSULTATIONS(
      "menu-educator-consultations",
      "/education/consultations.xhtml",
      "education.menu.consultations",
      EDUCATOR),
  EDUCATION_FIGURES(
      "menu-education-figures",
      "/education/figures.xhtml",
      "education.menu.figures",
      EDUCATOR,
      STAFF);

  private final String id;
  private final String path;
  private final String key;
  private final Set<Role> shownTo;

  MenuItem(String id, String path, String key, Role first, Role... others) {
    this.id = id;
    this.path = path;
    this.key = key;
    this.shownTo = EnumSet.of(first, others);
  }

  /** The entries that someone with these roles sees, in the menu's order. */
  public static List<MenuItem> shownTo(Collection<Role> roles) {
    return Arrays.stream(values())
        .filter(item -> roles.stream().anyMatch(item.shownTo::contains))
        .toList();
  }

  /** The link's element id (tests find the entries by it). */
  public String id() {
    return id;
  }

  /** The page, from the application's root. */
  public String path() {
    return path;
  }

  /** The label's key in the messages bundle. */
  public String key() {
    return key;
  }
}
