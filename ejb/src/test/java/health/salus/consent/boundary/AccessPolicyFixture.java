package health.salus.consent.boundary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.boundary.ActingFor;
import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.consent.control.CareRelations;
import health.salus.consent.control.CareTeamRestrictions;
import health.salus.consent.control.ConsentRepository;
import health.salus.consent.control.DecisionsOfThisRequest;
import health.salus.consent.control.EmergencyAccesses;
import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * An {@link AccessPolicy} wired to mocks of what it asks (the caller, the care team, grants,
 * emergency accesses, restrictions), the audit trail it writes to, and a clock fixed at {@link
 * #NOW}: shared by the policy's tests. {@link #holding} lets the grants mock answer from real
 * grants, as the repository would.
 */
final class AccessPolicyFixture {

  static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

  final AccessPolicy policy = new AccessPolicy();
  final Callers callers = mock(Callers.class);
  final AuditTrail audit = mock(AuditTrail.class);
  final CareRelations careRelations = mock(CareRelations.class);
  final ConsentRepository grants = mock(ConsentRepository.class);
  final ActingFor actingFor = new ActingFor();
  final EmergencyAccesses emergencies = mock(EmergencyAccesses.class);
  final CareTeamRestrictions restrictions = mock(CareTeamRestrictions.class);

  /** A grant as the repository holds it: to an account, of a patient (by id). */
  record Held(long accountId, long patientId, ConsentGrant grant) {}

  AccessPolicyFixture() {
    policy.callers = callers;
    policy.audit = audit;
    policy.careRelations = careRelations;
    policy.decisions = new DecisionsOfThisRequest();
    policy.grants = grants;
    policy.actingFor = actingFor;
    policy.emergencies = emergencies;
    policy.restrictions = restrictions;
    policy.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** The caller of the next decisions. */
  void callerIs(CurrentCaller caller) {
    when(callers.current()).thenReturn(caller);
  }

  /** The grants mock answers from these grants, active or not, as the repository would. */
  void holding(Collection<Held> held) {
    List<Held> all = List.copyOf(held);
    when(grants.activeBetween(anyLong(), anyLong(), any()))
        .thenAnswer(
            call ->
                all.stream()
                    .filter(h -> h.accountId() == (long) call.getArgument(0))
                    .filter(h -> h.patientId() == (long) call.getArgument(1))
                    .map(Held::grant)
                    .filter(g -> g.activeAt(call.getArgument(2)))
                    .toList());
    when(grants.opens(anyLong(), anyLong(), any(), any()))
        .thenAnswer(
            call ->
                grants
                    .activeBetween(call.getArgument(0), call.getArgument(1), call.getArgument(3))
                    .stream()
                    .anyMatch(g -> g.opensAt(call.getArgument(2), call.getArgument(3))));
  }

  /** The entries written to the audit trail so far, in order. */
  List<AuditEvent> entries() {
    ArgumentCaptor<AuditEvent> entries = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, Mockito.atLeast(0)).record(entries.capture());
    return new ArrayList<>(entries.getAllValues());
  }

  static UserAccount account(String username) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(Role.PATIENT),
        NOW);
  }

  static Patient patient(String username, Instant registered) {
    return new Patient(account(username), "Test " + username, LocalDate.of(1950, 1, 2), registered);
  }

  /** The patient's grant of these categories to the grantee, given at {@code given}. */
  static ConsentGrant grant(
      Patient patient,
      String grantee,
      List<ConsentCategory> categories,
      boolean actFor,
      Instant given,
      Instant end) {
    return new ConsentGrant(
        patient, account(grantee), categories, end, actFor, Clock.fixed(given, ZoneOffset.UTC));
  }
}
