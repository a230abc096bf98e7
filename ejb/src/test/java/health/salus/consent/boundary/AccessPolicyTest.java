package health.salus.consent.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Who may act for a patient, and that every refusal lands in the audit trail about the patient. */
class AccessPolicyTest {

  private final AccessPolicy policy = new AccessPolicy();
  private final Callers callers = mock(Callers.class);
  private final AuditTrail audit = mock(AuditTrail.class);

  @BeforeEach
  void wire() {
    policy.callers = callers;
    policy.audit = audit;
  }

  private void callerIs(Long patientId, Role... roles) {
    when(callers.current())
        .thenReturn(new CurrentCaller(7L, "someone", patientId, null, Set.of(roles)));
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
  void theFrontDeskActsForEveryPatient() {
    callerIs(null, Role.STAFF);

    assertThat(policy.permits(42L, Access.to("APPOINTMENT_CANCEL", "Appointment", 3L))).isTrue();
    assertThat(policy.mayActFor(43L)).isTrue();
    verify(audit, never()).record(any());
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
}
