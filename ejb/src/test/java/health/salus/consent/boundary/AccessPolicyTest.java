package health.salus.consent.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.boundary.AccessPurpose;
import health.salus.audit.boundary.ActingFor;
import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.control.CareRelations;
import health.salus.consent.control.ConsentRepository;
import health.salus.consent.control.EmergencyAccesses;
import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Who may act for or read about a patient, and that each decision lands in the audit trail about
 * the patient: every refusal, and access given to anyone but the patient, once per request.
 */
class AccessPolicyTest {

  private static final Instant NOW = AccessPolicyFixture.NOW;

  private final AccessPolicyFixture fixture = new AccessPolicyFixture();
  private final AccessPolicy policy = fixture.policy;
  private final Callers callers = fixture.callers;
  private final AuditTrail audit = fixture.audit;
  private final CareRelations careRelations = fixture.careRelations;
  private final ConsentRepository grants = fixture.grants;
  private final ActingFor actingFor = fixture.actingFor;
  private final EmergencyAccesses emergencies = fixture.emergencies;

  private void callerIs(Long patientId, Role... roles) {
    when(callers.current())
        .thenReturn(new CurrentCaller(7L, "someone", patientId, null, Set.of(roles)));
  }

  private void practitionerIs(long practitionerId) {
    when(callers.current())
        .thenReturn(
            new CurrentCaller(8L, "dr.someone", null, practitionerId, Set.of(Role.CLINICIAN)));
  }

  private AuditEvent theOneEntry() {
    ArgumentCaptor<AuditEvent> entry = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  @Test
  void aPatientActsForThemselvesWithoutAnExtraEntry() {
    callerIs(41L, Role.PATIENT);

    assertThat(policy.permits(41L, Access.to("APPOINTMENT_BOOK", "Appointment", null))).isTrue();
    verify(audit, never()).record(any());
  }

  @Test
  void anotherPatientIsRefusedAndTheRefusalIsAuditedAboutThatPatient() {
    callerIs(41L, Role.PATIENT);

    boolean allowed =
        policy.permits(
            42L, Access.to("INVOICE_READ", "Invoice", 9L).saying("not the caller's invoice"));

    assertThat(allowed).isFalse();
    ArgumentCaptor<AuditEvent> entry = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(entry.getValue().patientId()).isEqualTo(42L);
    assertThat(entry.getValue().action()).isEqualTo("INVOICE_READ");
    assertThat(entry.getValue().objectType()).isEqualTo("Invoice");
    assertThat(entry.getValue().objectId()).isEqualTo("9");
    assertThat(entry.getValue().detail()).isEqualTo("not the caller's invoice");
  }

  @Test
  void theFrontDeskActsForEveryPatientAndTheAccessGivenIsAuditedOncePerRequest() {
    callerIs(null, Role.STAFF);

    assertThat(policy.permits(42L, Access.to("APPOINTMENT_READ", "Appointment", 3L))).isTrue();
    assertThat(policy.permits(42L, Access.to("APPOINTMENT_READ", "Appointment", 4L))).isTrue();
    assertThat(policy.mayActFor(43L)).isTrue();

    AuditEvent entry = theOneEntry();
    assertThat(entry.outcome()).isEqualTo(AuditOutcome.ALLOWED);
    assertThat(entry.patientId()).isEqualTo(42L);
    assertThat(entry.action()).isEqualTo("APPOINTMENT_READ");
    assertThat(entry.purpose()).isEqualTo("ADMINISTRATION");
  }

  @Test
  void eachPatientAndActionIsADecisionOfItsOwn() {
    callerIs(null, Role.STAFF);

    policy.permits(42L, Access.to("APPOINTMENT_READ", "Appointment", 3L));
    policy.permits(43L, Access.to("APPOINTMENT_READ", "Appointment", 5L));
    policy.permits(42L, Access.to("APPOINTMENT_CANCEL", "Appointment", 3L));

    verify(audit, times(3)).record(any());
  }

  @Test
  void theTreatingPractitionerIsLetInForCareAndNoOtherPractitioner() {
    practitionerIs(5L);
    Access noShow =
        Access.to("APPOINTMENT_NO_SHOW", "Appointment", 3L)
            .allowing(Basis.TREATING_PRACTITIONER, Basis.FRONT_DESK);

    assertThat(policy.permits(42L, noShow.treatedBy(6L))).isFalse();
    assertThat(policy.permits(42L, noShow.treatedBy(5L))).isTrue();

    ArgumentCaptor<AuditEvent> entries = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, times(2)).record(entries.capture());
    assertThat(entries.getAllValues())
        .extracting(AuditEvent::outcome)
        .containsExactly(AuditOutcome.DENIED, AuditOutcome.ALLOWED);
    assertThat(entries.getAllValues().get(1).purpose()).isEqualTo("CARE");
  }

  @Test
  void theCareTeamDecidesButThePatientDoesNotDecideForThemself() {
    Access decide =
        Access.to("REFILL_APPROVE", "RefillRequest", 9L).allowing(Basis.CARE_TEAM).treatedBy(6L);
    practitionerIs(5L);
    when(careRelations.inCareTeam(8L, 42L)).thenReturn(true);

    assertThat(policy.permits(42L, decide)).as("care team").isTrue();
    assertThat(policy.permits(43L, decide)).as("another patient's").isFalse();

    callerIs(42L, Role.PATIENT);
    assertThat(policy.permits(42L, decide)).as("the patient").isFalse();
  }

  @Test
  void aPatientOnlyReadsTheirOwnMedication() {
    callerIs(41L, Role.PATIENT);
    Access own = Access.to("REFILL_REQUEST", "Medication", 2L).allowing(Basis.SELF);

    assertThat(policy.permits(41L, own)).isTrue();
    assertThat(policy.permits(42L, own)).isFalse();
    assertThat(theOneEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @Test
  void aClinicianIsNotThePatientsAgent() {
    callerIs(null, Role.CLINICIAN);

    assertThat(policy.mayActFor(42L)).isFalse();
    assertThat(policy.permits(42L, Access.to("WAITLIST_READ", "WaitlistEntry", null))).isFalse();
    verify(audit).record(any());
  }

  @Test
  void aMissingObjectIsRefusedAndAuditedWithoutAPatient() {
    callerIs(41L, Role.PATIENT);

    assertThat(policy.permits(null, Access.to("APPOINTMENT_MOVE", "Appointment", 5L))).isFalse();
    ArgumentCaptor<AuditEvent> entry = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().patientId()).isNull();
    assertThat(entry.getValue().objectId()).isEqualTo("5");
  }

  @Test
  void anAnonymousCallerIsRefused() {
    when(callers.current()).thenReturn(CurrentCaller.anonymous("ANONYMOUS"));

    assertThat(policy.mayActFor(41L)).isFalse();
  }

  @Test
  void aGranteeReadsTheCategoryTheirActiveGrantOpensForConsent() {
    callerIs(41L, Role.PATIENT);
    when(grants.opens(7L, 42L, ConsentCategory.MEDICATIONS, NOW)).thenReturn(true);
    Access read = Access.to("MEDICATIONS_READ", "Patient", 42L).allowing(Basis.SELF, Basis.CONSENT);

    assertThat(policy.permits(42L, read.about(ConsentCategory.MEDICATIONS))).isTrue();
    assertThat(policy.permits(42L, read.about(ConsentCategory.RESULTS))).isFalse();
    assertThat(policy.permits(43L, read.about(ConsentCategory.MEDICATIONS))).isFalse();
    assertThat(policy.permits(42L, read)).as("no category named").isFalse();

    ArgumentCaptor<AuditEvent> entries = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, times(4)).record(entries.capture());
    assertThat(entries.getAllValues())
        .extracting(AuditEvent::outcome)
        .containsExactly(
            AuditOutcome.ALLOWED, AuditOutcome.DENIED, AuditOutcome.DENIED, AuditOutcome.DENIED);
    assertThat(entries.getAllValues().get(0).purpose()).isEqualTo("CONSENT");
  }

  @Test
  void theBasisTellsWhoIsLetInAndTheCareTeamComesBeforeAGrantTheyAlsoHold() {
    Access results =
        Access.to("RESULTS_READ", "Patient", 42L)
            .allowing(Basis.CONSENT, Basis.CARE_TEAM, Basis.SELF)
            .about(ConsentCategory.RESULTS);
    practitionerIs(5L);
    when(careRelations.inCareTeam(8L, 42L)).thenReturn(true);
    when(grants.opens(8L, 42L, ConsentCategory.RESULTS, NOW)).thenReturn(true);

    assertThat(policy.basis(42L, results)).contains(Basis.CARE_TEAM);
    assertThat(theOneEntry().purpose()).isEqualTo("CARE");
    when(careRelations.inCareTeam(8L, 42L)).thenReturn(false);
    assertThat(policy.basis(42L, results)).contains(Basis.CONSENT);
    when(grants.opens(8L, 42L, ConsentCategory.RESULTS, NOW)).thenReturn(false);
    assertThat(policy.basis(42L, results)).isEmpty();
  }

  /** Alice's grant to the carer (account 7), given a week before now and ending at {@code end}. */
  private static ConsentGrant aliceGrants(boolean actFor, Instant end) {
    Instant given = NOW.minus(Duration.ofDays(7));
    return AccessPolicyFixture.grant(
        AccessPolicyFixture.patient("alice", given),
        "carer",
        List.of(ConsentCategory.MEDICATIONS),
        actFor,
        given,
        end);
  }

  private void carerHolds(ConsentGrant grant) {
    callerIs(null, Role.CARER);
    when(grants.activeBetween(7L, 42L, NOW)).thenReturn(List.of(grant));
  }

  @Test
  void aCarerWithAnActiveActForGrantActsForThePatientOnConsentAndOnTheirBehalf() {
    carerHolds(aliceGrants(true, NOW.plus(Duration.ofDays(1))));

    assertThat(policy.mayActFor(42L)).isTrue();
    assertThat(policy.permits(42L, Access.to("APPOINTMENT_BOOK", "Appointment", null))).isTrue();
    assertThat(policy.permits(43L, Access.to("APPOINTMENT_BOOK", "Appointment", null)))
        .as("another patient")
        .isFalse();

    ArgumentCaptor<AuditEvent> entries = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, times(2)).record(entries.capture());
    AuditEvent allowed = entries.getAllValues().get(0);
    assertThat(allowed.outcome()).isEqualTo(AuditOutcome.ALLOWED);
    assertThat(allowed.purpose()).isEqualTo("CONSENT");
    assertThat(allowed.detail()).isEqualTo("ACTING_FOR");
    assertThat(entries.getAllValues().get(1).outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(actingFor.patient(42L)).contains("alice");
    assertThat(actingFor.patient(43L)).isEmpty();
  }

  @Test
  void anExpiredGrantLetsNobodyActForThePatient() {
    carerHolds(aliceGrants(true, NOW));

    assertThat(policy.mayActFor(42L)).isFalse();
    assertThat(policy.permits(42L, Access.to("REFILL_REQUEST", "Medication", 3L))).isFalse();
    assertThat(theOneEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(actingFor.patient(42L)).isEmpty();
  }

  @Test
  void aRevokedGrantLetsNobodyActForThePatient() {
    ConsentGrant revoked = aliceGrants(true, NOW.plus(Duration.ofDays(1)));
    revoked.revoke(null, policy.clock);
    carerHolds(revoked);

    assertThat(policy.mayActFor(42L)).isFalse();
    assertThat(policy.permits(42L, Access.to("INVOICE_LIST", "Invoice", null))).isFalse();
    assertThat(theOneEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @Test
  void aGrantWithoutActForOpensItsCategoriesButNoActing() {
    carerHolds(aliceGrants(false, NOW.plus(Duration.ofDays(1))));
    when(grants.opens(7L, 42L, ConsentCategory.MEDICATIONS, NOW)).thenReturn(true);

    assertThat(policy.mayActFor(42L)).isFalse();
    assertThat(policy.permits(42L, Access.to("APPOINTMENT_CANCEL", "Appointment", 3L))).isFalse();
    assertThat(
            policy.permits(
                42L,
                Access.to("MEDICATIONS_READ", "Patient", 42L)
                    .allowing(Basis.SELF, Basis.CONSENT)
                    .about(ConsentCategory.MEDICATIONS)))
        .isTrue();
  }

  @Test
  void actingForDoesNotOpenTheRecord() {
    carerHolds(aliceGrants(true, NOW.plus(Duration.ofDays(1))));

    Access results =
        Access.to("RESULTS_READ", "Patient", 42L)
            .allowing(Basis.SELF, Basis.CONSENT)
            .about(ConsentCategory.RESULTS);

    assertThat(policy.permits(42L, results)).isFalse();
  }

  @Test
  void everyBasisRecordsAPurposeTheAccessHistoryKnows() {
    for (Basis basis : Basis.values()) {
      assertThat(AccessPurpose.valueOf(basis.purpose())).as(basis.name()).isNotNull();
    }
  }

  @Test
  void aClinicianUnderEmergencyAccessReadsTheRecordForEmergencyButActsForNobody() {
    practitionerIs(5L);
    when(emergencies.openFor(8L, 42L, NOW)).thenReturn(true);
    Access read = Access.toRead("RESULTS_READ", "Patient", 42L, ConsentCategory.RESULTS);

    assertThat(policy.permits(42L, read)).as("record read").isTrue();
    assertThat(policy.permits(43L, read)).as("another patient's record").isFalse();
    assertThat(policy.permits(42L, Access.to("APPOINTMENT_BOOK", "Slot", 3L)))
        .as("acting for the patient")
        .isFalse();

    ArgumentCaptor<AuditEvent> entries = ArgumentCaptor.forClass(AuditEvent.class);
    verify(audit, times(3)).record(entries.capture());
    assertThat(entries.getAllValues())
        .extracting(AuditEvent::outcome)
        .containsExactly(AuditOutcome.ALLOWED, AuditOutcome.DENIED, AuditOutcome.DENIED);
    assertThat(entries.getAllValues().get(0).purpose()).isEqualTo("EMERGENCY");
  }

  @Test
  void anEndedEmergencyAccessGivesNothing() {
    practitionerIs(5L);
    when(emergencies.openFor(8L, 42L, NOW)).thenReturn(false);

    assertThat(
            policy.permits(
                42L, Access.toRead("RESULTS_READ", "Patient", 42L, ConsentCategory.RESULTS)))
        .isFalse();
  }

  @Test
  void theCaseTeamOfThePatientsCasesReadsWhatTheCaseTeamReadsAndNoOneElse() {
    callerIs(null, Role.CASE_MANAGER);
    when(careRelations.inCaseTeam(7L, 42L)).thenReturn(true);
    Access timeline =
        Access.to("TIMELINE_READ", "Patient", 42L).allowing(Basis.CARE_TEAM, Basis.CASE_TEAM);

    assertThat(policy.basis(42L, timeline)).contains(Basis.CASE_TEAM);
    assertThat(policy.permits(43L, timeline)).as("another patient's").isFalse();
    assertThat(policy.permits(42L, Access.to("APPOINTMENT_BOOK", "Slot", 3L)))
        .as("acting for the patient")
        .isFalse();
  }
}
