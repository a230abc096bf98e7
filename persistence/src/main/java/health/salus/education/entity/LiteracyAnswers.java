package health.salus.education.entity;

import health.salus.shared.entity.Refusal;
import java.io.Serializable;

/**
 * The answers to the literacy screen. {@code helpReading} is the Single Item Literacy Screener
 * (Morris et al. 2006), "How often do you need someone to help you when you read instructions,
 * pamphlets or other written material from your doctor or pharmacy?", 1 never, 2 rarely, 3
 * sometimes, 4 often, 5 always: 3 or more points to limited literacy. {@code confidentWithForms} is
 * Chew's item (Chew et al. 2004). Either may be missing, not both.
 */
public record LiteracyAnswers(Integer helpReading, FormsConfidence confidentWithForms)
    implements Serializable {

  public LiteracyAnswers {
    if (helpReading == null && confidentWithForms == null) {
      throw Refusal.invalid("answers", "learn.screening.noAnswer");
    }
    if (helpReading != null && (helpReading < 1 || helpReading > 5)) {
      throw Refusal.invalid("helpReading", "learn.screening.badHelpReading");
    }
  }

  /** Limited when any answer given points to it, else adequate. */
  public LiteracyLevel level() {
    boolean limited =
        helpReading != null && helpReading >= 3
            || confidentWithForms != null && confidentWithForms.pointsToLimited();
    return limited ? LiteracyLevel.LIMITED : LiteracyLevel.ADEQUATE;
  }
}
