package health.salus.casework.boundary;

import health.salus.casework.entity.IntakeAssessment;
import health.salus.casework.entity.LivingSituation;
import health.salus.casework.entity.RiskLevel;

/**
 * The intake assessment as the case manager fills it in; {@code version} is the version of the
 * assessment as read, required to change one already recorded (a stale or missing one: 409).
 */
public record IntakeForm(
    String presentingNeeds,
    LivingSituation livingSituation,
    String supports,
    RiskLevel riskLevel,
    String risks,
    String personGoals,
    Boolean consentToShare,
    Long version) {

  IntakeAssessment.Answers answers() {
    return new IntakeAssessment.Answers(
        presentingNeeds, livingSituation, supports, riskLevel, risks, personGoals, consentToShare);
  }
}
