package health.salus.casework.boundary;

import health.salus.casework.entity.IntakeAssessment;
import health.salus.casework.entity.LivingSituation;
import health.salus.casework.entity.RiskLevel;
import java.io.Serializable;
import java.time.Instant;

/** The intake assessment of a case, for the case team. */
public record IntakeView(
    long caseId,
    String presentingNeeds,
    LivingSituation livingSituation,
    String supports,
    RiskLevel riskLevel,
    String risks,
    String personGoals,
    boolean consentToShare,
    String assessedBy,
    Instant assessedAt,
    long version)
    implements Serializable {

  static IntakeView of(IntakeAssessment a) {
    return new IntakeView(
        a.getCareCase().getId(),
        a.getPresentingNeeds(),
        a.getLivingSituation(),
        a.getSupports(),
        a.getRiskLevel(),
        a.getRisks(),
        a.getPersonGoals(),
        a.isConsentToShare(),
        a.getAssessedBy().getFullName(),
        a.getAssessedAt(),
        a.getVersion());
  }
}
