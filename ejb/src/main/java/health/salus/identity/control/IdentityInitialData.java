package health.salus.identity.control;

import health.salus.identity.entity.CarerRelationship;
import health.salus.identity.entity.EducationLevel;
import health.salus.identity.entity.InternetAccess;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.ProfileDetails;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts a new installation starts with: in demo mode the demo people of API.md (into an
 * empty database only), otherwise the first administrator named in configuration
 * (SALUS_ADMIN_USERNAME, SALUS_ADMIN_PASSWORD) while no administrator exists, always as a new
 * account.
 */
@ApplicationScoped
public class IdentityInitialData {

  public static final String DEMO_PASSWORD = "Salus-demo-1";

  /** Demo patients without a portal account, booked by the front desk. */
  public static final List<String> WALK_IN_PATIENTS =
      List.of("Margaret Walsh", "Tom Okoro", "Helen Zhang", "Peter Rossi");

  private static final Logger LOG = Logger.getLogger(IdentityInitialData.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy passwordPolicy;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.admin.username")
  Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "salus.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "salus.admin.email", defaultValue = "it@example.org")
  String adminEmail;

  /** What became of the request for a first administrator. */
  public enum FirstAdministrator {
    CREATED,
    NOT_CONFIGURED,
    WEAK_PASSWORD,
    NAME_TAKEN
  }

  void seed(@Observes @Priority(InitialDataRequested.IDENTITY) InitialDataRequested request) {
    if (request.demo() && accounts.countAccounts() == 0) {
      seedDemo();
    }
    if (accounts.countWithRole(Role.ADMIN) == 0) {
      createFirstAdministrator(adminUsername.orElse(null), adminPassword.orElse(null), adminEmail);
    }
  }

  /**
   * Creates the first administrator as a new account. Never gives the role to an account that
   * exists: whoever registered the configured name first (a patient, say) would become an
   * administrator. A taken name or a weak password creates nothing (fail closed) and says why in
   * the log. Called in the start-up transaction while no administrator exists.
   */
  public FirstAdministrator createFirstAdministrator(
      String configuredUsername, String password, String email) {
    if (configuredUsername == null
        || configuredUsername.isBlank()
        || password == null
        || password.isEmpty()) {
      LOG.warning(
          "No administrator exists: set SALUS_ADMIN_USERNAME and SALUS_ADMIN_PASSWORD and restart.");
      return FirstAdministrator.NOT_CONFIGURED;
    }
    String username = UserAccount.normalise(configuredUsername);
    Optional<String> weakness = passwordPolicy.violation(password, username);
    if (weakness.isPresent()) {
      LOG.severe(
          "SALUS_ADMIN_PASSWORD breaks the password policy ("
              + weakness.get()
              + "): no administrator created.");
      return FirstAdministrator.WEAK_PASSWORD;
    }
    if (accounts.byUsername(username).isPresent()) {
      LOG.severe(
          "SALUS_ADMIN_USERNAME '"
              + username
              + "' is the name of an existing account: no administrator created, and that account"
              + " was left as it is. Choose a name nobody has and restart.");
      return FirstAdministrator.NAME_TAKEN;
    }
    accounts.add(
        new UserAccount(
            username,
            hasher.hash(password),
            email,
            "Administrator",
            null,
            Set.of(Role.ADMIN),
            clock.instant()));
    accounts.flush();
    LOG.info(() -> "Created the first administrator '" + username + "' from configuration.");
    return FirstAdministrator.CREATED;
  }

  private void seedDemo() {
    LOG.info("Seeding the demo accounts (password " + DEMO_PASSWORD + ")");
    Instant now = clock.instant();
    // Demo accounts share one published password, so one hash serves them all and start-up
    // stays fast; real accounts each get their own salt.
    String hash = hasher.hash(DEMO_PASSWORD);
    UserAccount alice =
        person(
            hash,
            now,
            "alice",
            "Alice Martin",
            "alice.martin@example.org",
            LocalDate.of(1951, 3, 14),
            Role.PATIENT);
    alice.updateProfile(
        new ProfileDetails(
            "Alice Martin",
            "alice.martin@example.org",
            "0412 345 678",
            LocalDate.of(1951, 3, 14),
            "en-AU",
            EducationLevel.PRIMARY,
            InternetAccess.LIMITED,
            "Large text; hearing aid in the left ear.",
            "Australia/Sydney"));
    UserAccount bob =
        person(
            hash,
            now,
            "bob",
            "Bob Nguyen-Harris",
            "bob.nh@example.org",
            LocalDate.of(1978, 9, 2),
            Role.PATIENT);
    UserAccount carol =
        person(
            hash,
            now,
            "carol",
            "Carol Martin",
            "carol.martin@example.org",
            LocalDate.of(1979, 6, 30),
            Role.CARER);
    person(
        hash,
        now,
        "dr.chen",
        "Dr Wei Chen",
        "w.chen@harbourside.example.org",
        null,
        Role.CLINICIAN);
    person(
        hash,
        now,
        "edu.nguyen",
        "Linh Nguyen",
        "l.nguyen@harbourside.example.org",
        null,
        Role.EDUCATOR);
    person(
        hash,
        now,
        "cm.smith",
        "Jordan Smith",
        "j.smith@harbourside.example.org",
        null,
        Role.CASE_MANAGER);
    person(hash, now, "mod.lee", "Sam Lee", "s.lee@harbourside.example.org", null, Role.MODERATOR);
    person(
        hash,
        now,
        "desk.jones",
        "Priya Jones",
        "p.jones@harbourside.example.org",
        null,
        Role.STAFF);
    person(hash, now, "admin", "Morgan Admin", "it@harbourside.example.org", null, Role.ADMIN);
    person(
        hash,
        now,
        "dr.patel",
        "Dr Anika Patel",
        "a.patel@harbourside.example.org",
        null,
        Role.CLINICIAN);
    person(
        hash,
        now,
        "dr.okafor",
        "Dr Emeka Okafor",
        "e.okafor@harbourside.example.org",
        null,
        Role.CLINICIAN);
    person(
        hash,
        now,
        "nurse.brown",
        "Grace Brown",
        "g.brown@harbourside.example.org",
        null,
        Role.CLINICIAN);
    person(
        hash,
        now,
        "physio.kim",
        "Daniel Kim",
        "d.kim@harbourside.example.org",
        null,
        Role.CLINICIAN);

    Patient alicePatient = new Patient(alice, alice.getFullName(), alice.getBirthDate(), now);
    Patient bobPatient = new Patient(bob, bob.getFullName(), bob.getBirthDate(), now);
    accounts.add(alicePatient);
    accounts.add(bobPatient);
    accounts.add(new CarerRelationship(carol, alicePatient, "daughter", now));
    // Patients the front desk booked who have no portal account (yet): a full waiting room.
    for (String name : WALK_IN_PATIENTS) {
      accounts.add(new Patient(null, name, null, now));
    }
  }

  private UserAccount person(
      String hash,
      Instant now,
      String username,
      String fullName,
      String email,
      LocalDate birthDate,
      Role role) {
    UserAccount account =
        new UserAccount(username, hash, email, fullName, birthDate, Set.of(role), now);
    accounts.add(account);
    return account;
  }
}
