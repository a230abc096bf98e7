package health.salus.consent.boundary;

import static health.salus.consent.boundary.AccessPolicyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicyFixture.Held;
import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.consent.entity.EmergencyAccess;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one access decision as a role × object matrix: every kind of caller tries every kind of
 * access to alice's data (a read of each category of her record, acting for her, her invoices, a
 * refill decision of her care team), against one world of real grants and emergency accesses at a
 * fixed moment. Each cell says whether the access is given and on which purpose, and each decision
 * is audited: none for the patient herself, one ALLOWED entry with the purpose otherwise, one
 * DENIED entry for a refusal (a category alice keeps from her care team: purpose CARE, "restricted
 * by the patient").
 */
class AccessMatrixTest {

  private static final long ALICE = 42L;
  private static final long BOB = 43L;
  private static final long DR_CHEN = 1L;

  /** Read categories, in the order of the matrix's read columns. */
  private static final List<ConsentCategory> READ =
      List.of(
          ConsentCategory.CONDITIONS,
          ConsentCategory.MEDICATIONS,
          ConsentCategory.RESULTS,
          ConsentCategory.DOCUMENTS,
          ConsentCategory.READINGS);

  /** The accesses tried, as the features ask for them (the matrix's columns). */
  enum Try {
    CONDITIONS(read(ConsentCategory.CONDITIONS)),
    MEDICATIONS(read(ConsentCategory.MEDICATIONS)),
    RESULTS(read(ConsentCategory.RESULTS)),
    DOCUMENTS(read(ConsentCategory.DOCUMENTS)),
    READINGS(read(ConsentCategory.READINGS)),
    BOOK(Access.to("APPOINTMENT_BOOK", "Appointment", null)),
    CANCEL(
        Access.to("APPOINTMENT_CANCEL", "Appointment", 3L)
            .allowing(Basis.SELF, Basis.FRONT_DESK, Basis.ACTING_FOR, Basis.TREATING_PRACTITIONER)
            .treatedBy(DR_CHEN)),
    REFILL(Access.to("REFILL_REQUEST", "Medication", 5L).allowing(Basis.SELF, Basis.ACTING_FOR)),
    INVOICES(Access.to("INVOICE_LIST", "Invoice", null)),
    DECIDE_REFILL(
        Access.to("REFILL_APPROVE", "RefillRequest", 9L)
            .allowing(Basis.CARE_TEAM)
            .treatedBy(DR_CHEN));

    final Access access;

    Try(Access access) {
      this.access = access;
    }

    private static Access read(ConsentCategory category) {
      return Access.toRead(category + "_READ", "Patient", ALICE, category);
    }
  }

  /** Who tries (the matrix's rows): the caller, and what of the world is theirs. */
  enum Who {
    THE_PATIENT(new CurrentCaller(142L, "alice", ALICE, null, Set.of(Role.PATIENT))),
    ANOTHER_PATIENT(new CurrentCaller(143L, "bob", BOB, null, Set.of(Role.PATIENT))),
    CARE_TEAM(clinician(201L, DR_CHEN)),
    CARE_TEAM_RESTRICTED(clinician(201L, DR_CHEN)),
    OUTSIDE_THE_TEAM(clinician(202L, 2L)),
    EMERGENCY(clinician(203L, 3L)),
    EMERGENCY_EXPIRED(clinician(204L, 4L)),
    CARER_RESULTS_ACT_FOR(carer(301L)),
    CARER_GRANT_EXPIRED(carer(302L)),
    CARER_GRANT_REVOKED(carer(303L)),
    FRIEND_ALL(new CurrentCaller(304L, "friend", 44L, null, Set.of(Role.PATIENT))),
    FRONT_DESK(staff(401L, Role.STAFF)),
    ADMIN(staff(402L, Role.ADMIN)),
    CASE_MANAGER(staff(403L, Role.CASE_MANAGER)),
    EDUCATOR(staff(404L, Role.EDUCATOR)),
    MODERATOR(staff(405L, Role.MODERATOR));

    final CurrentCaller caller;

    Who(CurrentCaller caller) {
      this.caller = caller;
    }

    private static CurrentCaller clinician(long account, long practitioner) {
      return new CurrentCaller(
          account, "dr." + account, null, practitioner, Set.of(Role.CLINICIAN));
    }

    private static CurrentCaller carer(long account) {
      return new CurrentCaller(account, "carer." + account, null, null, Set.of(Role.CARER));
    }

    private static CurrentCaller staff(long account, Role role) {
      return new CurrentCaller(account, role.name().toLowerCase(), null, null, Set.of(role));
    }
  }

  /**
   * The expected outcome of each try by each caller: the purpose recorded (SELF: allowed and not
   * audited), or {@code -} for refused. Columns in {@link Try} order.
   */
  private static final String MATRIX =
      """
      #                     CONDITIONS  MEDICATIONS RESULTS     DOCUMENTS   READINGS    BOOK           CANCEL         REFILL   INVOICES       DECIDE_REFILL
      THE_PATIENT           SELF        SELF        SELF        SELF        SELF        SELF           SELF           SELF     SELF           -
      ANOTHER_PATIENT       -           -           -           -           -           -              -              -        -              -
      CARE_TEAM             CARE        CARE        CARE        CARE        CARE        -              CARE           -        -              CARE
      CARE_TEAM_RESTRICTED  -           -           -           -           -           -              CARE           -        -              CARE
      OUTSIDE_THE_TEAM      -           -           -           -           -           -              -              -        -              -
      EMERGENCY             EMERGENCY   EMERGENCY   EMERGENCY   EMERGENCY   EMERGENCY   -              -              -        -              -
      EMERGENCY_EXPIRED     -           -           -           -           -           -              -              -        -              -
      CARER_RESULTS_ACT_FOR -           -           CONSENT     -           -           CONSENT        CONSENT        CONSENT  CONSENT        -
      CARER_GRANT_EXPIRED   -           -           -           -           -           -              -              -        -              -
      CARER_GRANT_REVOKED   -           -           -           -           -           -              -              -        -              -
      FRIEND_ALL            CONSENT     CONSENT     CONSENT     CONSENT     CONSENT     -              -              -        -              -
      FRONT_DESK            -           -           -           -           -           ADMINISTRATION ADMINISTRATION -        ADMINISTRATION -
      ADMIN                 -           -           -           -           -           -              -              -        -              -
      CASE_MANAGER          -           -           -           -           -           -              -              -        -              -
      EDUCATOR              -           -           -           -           -           -              -              -        -              -
      MODERATOR             -           -           -           -           -           -              -              -        -              -
      """;

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    List<String> rows = MATRIX.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(rows).extracting(r -> r.split("\\s+")[0]).containsExactly(names(Who.values()));
    for (String row : rows) {
      String[] cell = row.trim().split("\\s+");
      assertThat(cell).as(row).hasSize(Try.values().length + 1);
      for (Try tried : Try.values()) {
        cells.add(Arguments.of(Who.valueOf(cell[0]), tried, cell[tried.ordinal() + 1]));
      }
    }
    return cells.stream();
  }

  private static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  private final AccessPolicyFixture fixture = new AccessPolicyFixture();

  /** Alice's world at {@link AccessPolicyFixture#NOW}, as seen by the caller {@code who}. */
  private void world(Who who) {
    fixture.callerIs(who.caller);
    when(fixture.careRelations.inCareTeam(201L, ALICE)).thenReturn(true);
    Set<ConsentCategory> kept =
        who == Who.CARE_TEAM_RESTRICTED
            ? EnumSet.copyOf(READ)
            : EnumSet.noneOf(ConsentCategory.class);
    when(fixture.restrictions.restricts(anyLong(), any()))
        .thenAnswer(c -> (long) c.getArgument(0) == ALICE && kept.contains(c.getArgument(1)));

    Instant weekAgo = NOW.minus(Duration.ofDays(7));
    Patient alice = AccessPolicyFixture.patient("alice", weekAgo);
    Function<Long, Instant> inDays = d -> NOW.plus(Duration.ofDays(d));
    ConsentGrant revoked =
        AccessPolicyFixture.grant(
            alice, "carer.303", List.of(ConsentCategory.ALL), true, weekAgo, inDays.apply(30L));
    revoked.revoke(null, Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC));
    fixture.holding(
        List.of(
            new Held(
                301L,
                ALICE,
                AccessPolicyFixture.grant(
                    alice,
                    "carer.301",
                    List.of(ConsentCategory.RESULTS),
                    true,
                    weekAgo,
                    inDays.apply(30L))),
            new Held(
                302L,
                ALICE,
                AccessPolicyFixture.grant(
                    alice, "carer.302", List.of(ConsentCategory.ALL), true, weekAgo, NOW)),
            new Held(303L, ALICE, revoked),
            new Held(
                304L,
                ALICE,
                AccessPolicyFixture.grant(
                    alice,
                    "friend",
                    List.of(ConsentCategory.ALL),
                    false,
                    weekAgo,
                    inDays.apply(1L)))));

    List<EmergencyAccess> opened =
        List.of(
            emergency(alice, 203L, NOW.minus(Duration.ofHours(1))),
            emergency(alice, 204L, NOW.minus(Duration.ofHours(5))));
    when(fixture.emergencies.openFor(anyLong(), anyLong(), any()))
        .thenAnswer(
            c ->
                (long) c.getArgument(1) == ALICE
                    && opened.stream()
                        .anyMatch(
                            e ->
                                e.getClinician().getUsername().equals("dr." + c.getArgument(0))
                                    && e.openAt(c.getArgument(2))));
  }

  /** A four-hour emergency access of the clinician (by account) opened at {@code at}. */
  private static EmergencyAccess emergency(Patient patient, long account, Instant at) {
    return new EmergencyAccess(
        patient,
        AccessPolicyFixture.account("dr." + account),
        "Collapsed in the waiting room",
        Duration.ofHours(4),
        Clock.fixed(at, ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("matrix")
  void eachCallerGetsWhatTheRulesAllowAndEachDecisionIsAudited(
      Who who, Try tried, String expected) {
    world(who);

    boolean allowed = fixture.policy.permits(ALICE, tried.access);

    List<AuditEvent> entries = fixture.entries();
    if (expected.equals("-")) {
      assertThat(allowed).as("refused").isFalse();
      assertThat(entries).singleElement().satisfies(e -> refusal(e, who, tried));
    } else if (expected.equals("SELF")) {
      assertThat(allowed).as("allowed").isTrue();
      assertThat(entries).as("the patient's own access is no decision entry").isEmpty();
    } else {
      assertThat(allowed).as("allowed").isTrue();
      assertThat(entries)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
                assertThat(e.purpose()).isEqualTo(expected);
                assertThat(e.patientId()).isEqualTo(ALICE);
                assertThat(e.action()).isEqualTo(tried.access.action());
              });
    }
  }

  private static void refusal(AuditEvent entry, Who who, Try tried) {
    assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(entry.patientId()).isEqualTo(ALICE);
    assertThat(entry.action()).isEqualTo(tried.access.action());
    if (who == Who.CARE_TEAM_RESTRICTED && tried.access.category() != null) {
      assertThat(entry.purpose()).isEqualTo("CARE");
      assertThat(entry.detail()).isEqualTo(tried.access.category() + " " + AccessPolicy.RESTRICTED);
    } else {
      assertThat(entry.purpose()).isNull();
      assertThat(entry.detail()).isEqualTo(tried.access.refusalDetail());
    }
  }

  @org.junit.jupiter.api.Test
  void aRestrictionKeepsOnlyItsCategoryAndTheCareTeamStillReadsWhatAliceGrantedThem() {
    world(Who.CARE_TEAM);
    when(fixture.restrictions.restricts(ALICE, ConsentCategory.RESULTS)).thenReturn(true);
    Patient alice = AccessPolicyFixture.patient("alice", NOW.minus(Duration.ofDays(1)));

    assertThat(fixture.policy.basis(ALICE, Try.RESULTS.access)).isEmpty();
    assertThat(fixture.policy.basis(ALICE, Try.CONDITIONS.access)).contains(Basis.CARE_TEAM);

    fixture.holding(
        List.of(
            new Held(
                201L,
                ALICE,
                AccessPolicyFixture.grant(
                    alice,
                    "dr.201",
                    List.of(ConsentCategory.RESULTS),
                    false,
                    NOW.minusSeconds(60),
                    NOW.plus(Duration.ofDays(1))))));
    assertThat(fixture.policy.basis(ALICE, Try.RESULTS.access))
        .as("a grant to the clinician by name is alice's own choice")
        .contains(Basis.CONSENT);
  }

  @org.junit.jupiter.api.Test
  void theTreatingPractitionerIsKeptFromARestrictedCategoryToo() {
    world(Who.OUTSIDE_THE_TEAM);
    when(fixture.restrictions.restricts(ALICE, ConsentCategory.MEDICATIONS)).thenReturn(true);
    Access read =
        Access.toRead("MEDICATIONS_READ", "Patient", ALICE, ConsentCategory.MEDICATIONS)
            .allowing(Basis.TREATING_PRACTITIONER)
            .treatedBy(2L);

    assertThat(fixture.policy.permits(ALICE, read)).isFalse();
    assertThat(fixture.policy.permits(ALICE, read.about(ConsentCategory.CONDITIONS))).isTrue();
    assertThat(fixture.entries())
        .extracting(AuditEvent::outcome, AuditEvent::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AuditOutcome.DENIED, "MEDICATIONS " + AccessPolicy.RESTRICTED),
            org.assertj.core.groups.Tuple.tuple(AuditOutcome.ALLOWED, "TREATING_PRACTITIONER"));
  }
}
