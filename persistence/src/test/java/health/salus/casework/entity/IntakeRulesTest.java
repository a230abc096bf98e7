package health.salus.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.casework.entity.IntakeAssessment.Answers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The intake assessment: its required answers, risks when not low, and only while in INTAKE. */
class IntakeRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private final UserAccount manager = account("cm.test", Role.CASE_MANAGER);
  private final Patient patient =
      new Patient(account("pat", Role.PATIENT), "Pat Test", LocalDate.of(1950, 3, 4), NOW);

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        NOW);
  }

  private static Refusal refusal(Runnable call) {
    try {
      call.run();
    } catch (Refusal refused) {
      return refused;
    }
    throw new AssertionError("not refused");
  }

  private CareCase intakeCase() {
    return new CareCase(patient, Programme.NDIS, manager, "From the GP", true, NOW);
  }

  private static Answers answers(RiskLevel level, String risks) {
    return new Answers(
        "Help with meals",
        LivingSituation.ALONE,
        "Daughter visits weekly",
        level,
        risks,
        "Stay at home",
        true);
  }

  @Test
  void aCaseInIntakeOpensOnlyOnceItsAssessmentIsRecorded() {
    CareCase c = intakeCase();
    assertThat(refusal(() -> c.open(false, manager, NOW)).messageKey())
        .isEqualTo("casework.intake.missing");
    assertThat(c.getStatus()).isEqualTo(CaseStatus.INTAKE);
    IntakeAssessment intake = new IntakeAssessment(c, answers(RiskLevel.LOW, null), manager, NOW);
    assertThat(intake.getPresentingNeeds()).isEqualTo("Help with meals");
    c.open(true, manager, NOW);
    assertThat(c.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(refusal(() -> intake.revise(answers(RiskLevel.LOW, null), manager, NOW)).kind())
        .isEqualTo(Refusal.Kind.RULE);
  }

  @Test
  void requiredAnswersAndRisksWhenNotLowAreInvalidInput() {
    CareCase c = intakeCase();
    Refusal noRisks =
        refusal(() -> new IntakeAssessment(c, answers(RiskLevel.HIGH, " "), manager, NOW));
    assertThat(noRisks.kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(noRisks.messageKey()).isEqualTo("casework.risks.required");
    Answers noConsent =
        new Answers("Needs", LivingSituation.ALONE, null, RiskLevel.LOW, null, "Goals", null);
    assertThat(refusal(() -> new IntakeAssessment(c, noConsent, manager, NOW)).messageKey())
        .isEqualTo("casework.consentToShare.required");
    Answers noSituation = new Answers("Needs", null, null, RiskLevel.LOW, null, "Goals", false);
    assertThat(refusal(() -> new IntakeAssessment(c, noSituation, manager, NOW)).messageKey())
        .isEqualTo("casework.livingSituation.required");
    IntakeAssessment intake =
        new IntakeAssessment(c, answers(RiskLevel.MEDIUM, "Falls at night"), manager, NOW);
    assertThat(intake.getRisks()).isEqualTo("Falls at night");
    assertThat(refusal(() -> intake.revise(answers(RiskLevel.HIGH, null), manager, NOW)).kind())
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(intake.getRiskLevel()).isEqualTo(RiskLevel.MEDIUM);
  }
}
