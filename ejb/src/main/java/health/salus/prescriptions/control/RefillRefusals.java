package health.salus.prescriptions.control;

import health.salus.prescriptions.entity.RefillRefusedException;
import health.salus.shared.boundary.BusinessException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.RuleViolationException;

/** The one translation of the entities' prescription rules into what the user is told. */
public final class RefillRefusals {

  private RefillRefusals() {}

  public static BusinessException of(RefillRefusedException refused) {
    return switch (refused.reason()) {
      case NONE_REMAINING -> new RuleViolationException("refill.noneRemaining");
      case NOT_ACTIVE -> new RuleViolationException("refill.notActive");
      case ALREADY_DECIDED -> new ConflictException(null, "refill.alreadyDecided");
      case REASON_REQUIRED -> new InvalidInputException("reason", "refill.reasonRequired");
    };
  }
}
