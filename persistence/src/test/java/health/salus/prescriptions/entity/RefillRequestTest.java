package health.salus.prescriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefillRequestTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);

  private final UserAccount doctor = account("dr.test", Role.CLINICIAN);
  private final Practitioner prescriber =
      new Practitioner(doctor, "General practitioner", "General Practice", null, null);
  private final Patient patient =
      new Patient(account("pat", Role.PATIENT), "Pat Test", LocalDate.of(1960, 1, 2), T0);

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        T0);
  }

  private Medication medication(int refills) {
    return new Medication(
        patient,
        " Metformin ",
        "500 mg",
        "Twice daily with meals",
        prescriber,
        refills,
        LocalDate.of(2026, 1, 5));
  }

  private static String reasonOf(Runnable change) {
    try {
      change.run();
    } catch (Refusal refused) {
      return refused.messageKey();
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void aRequestIsOpenAndUsesUpNothingYet() {
    Medication metformin = medication(3);

    RefillRequest request = metformin.requestRefill(" by Friday ", "  ", T0);

    assertThat(request.getStatus()).isEqualTo(RefillStatus.REQUESTED);
    assertThat(request.isOpen()).isTrue();
    assertThat(request.isDecidable()).isTrue();
    assertThat(request.isApprovable()).isTrue();
    assertThat(request.getNote()).isEqualTo("by Friday");
    assertThat(request.getPharmacy()).isNull();
    assertThat(request.getPatient()).isSameAs(patient);
    assertThat(request.getRequestedAt()).isEqualTo(T0);
    assertThat(metformin.getRefillsRemaining()).isEqualTo(3);
    assertThat(metformin.getName()).isEqualTo("Metformin");
  }

  @Test
  void approvingUsesUpOneRefill() {
    Medication metformin = medication(2);
    RefillRequest request = metformin.requestRefill("note", "Harbour Pharmacy", T0);

    request.approve(doctor, T1);

    assertThat(request.getStatus()).isEqualTo(RefillStatus.APPROVED);
    assertThat(request.getDecidedBy()).isSameAs(doctor);
    assertThat(request.getDecidedAt()).isEqualTo(T1);
    assertThat(request.getReason()).isNull();
    assertThat(request.isOpen()).isFalse();
    assertThat(request.isDecidable()).isFalse();
    assertThat(request.isApprovable()).isFalse();
    assertThat(metformin.getRefillsRemaining()).isEqualTo(1);
  }

  @Test
  void noRefillCanBeRequestedWithNoneRemaining() {
    Medication ramipril = medication(0);

    assertThat(ramipril.isRefillable()).isFalse();
    assertThat(reasonOf(() -> ramipril.requestRefill("please", null, T0)))
        .isEqualTo("refill.noneRemaining");
  }

  @Test
  void theLastRefillCanBeApprovedOnceOnly() {
    Medication sertraline = medication(1);
    RefillRequest first = sertraline.requestRefill(null, null, T0);
    first.approve(doctor, T1);

    assertThat(sertraline.getRefillsRemaining()).isZero();
    assertThat(reasonOf(() -> sertraline.requestRefill(null, null, T1)))
        .isEqualTo("refill.noneRemaining");
  }

  @Test
  void anApprovalFindingNoneRemainingChangesNothing() {
    Medication one = medication(1);
    RefillRequest a = one.requestRefill(null, null, T0);
    RefillRequest b = one.requestRefill(null, null, T0);
    a.approve(doctor, T1);

    assertThat(b.isApprovable()).isFalse();
    assertThat(b.isDecidable()).as("a denial is still possible").isTrue();
    assertThat(reasonOf(() -> b.approve(doctor, T1))).isEqualTo("refill.noneRemaining");
    assertThat(b.getStatus()).isEqualTo(RefillStatus.REQUESTED);
    assertThat(one.getRefillsRemaining()).isZero();
  }

  @Test
  void aStoppedMedicationCannotBeRefilled() {
    Medication stopped = medication(4);
    stopped.stop();

    assertThat(stopped.isActive()).isFalse();
    assertThat(reasonOf(() -> stopped.requestRefill(null, null, T0))).isEqualTo("refill.notActive");
  }

  @Test
  void aDenialNeedsAReasonAndKeepsTheRefills() {
    Medication metformin = medication(3);
    RefillRequest request = metformin.requestRefill(null, null, T0);

    assertThat(reasonOf(() -> request.deny(doctor, "  ", T1))).isEqualTo("refill.reasonRequired");
    assertThat(reasonOf(() -> request.deny(doctor, null, T1))).isEqualTo("refill.reasonRequired");
    assertThat(request.isOpen()).isTrue();

    request.deny(doctor, " Please book a review first. ", T1);

    assertThat(request.getStatus()).isEqualTo(RefillStatus.DENIED);
    assertThat(request.getReason()).isEqualTo("Please book a review first.");
    assertThat(request.getDecidedAt()).isEqualTo(T1);
    assertThat(metformin.getRefillsRemaining()).isEqualTo(3);
  }

  @Test
  void aDecidedRequestCannotBeDecidedAgain() {
    Medication metformin = medication(3);
    RefillRequest approved = metformin.requestRefill(null, null, T0);
    approved.approve(doctor, T1);
    RefillRequest denied = metformin.requestRefill(null, null, T0);
    denied.deny(doctor, "Not yet due", T1);

    assertThat(reasonOf(() -> approved.approve(doctor, T1))).isEqualTo("refill.alreadyDecided");
    assertThat(reasonOf(() -> approved.deny(doctor, "changed my mind", T1)))
        .isEqualTo("refill.alreadyDecided");
    assertThat(reasonOf(() -> denied.approve(doctor, T1))).isEqualTo("refill.alreadyDecided");
    assertThat(metformin.getRefillsRemaining()).isEqualTo(2);
    assertThat(approved.getStatus()).isEqualTo(RefillStatus.APPROVED);
  }

  @Test
  void aPrescriptionCannotStartWithNegativeRefills() {
    assertThatThrownBy(() -> medication(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
