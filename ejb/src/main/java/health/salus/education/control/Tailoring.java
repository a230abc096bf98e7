package health.salus.education.control;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.LiteracyLevel;
import health.salus.education.entity.ReadingLevel;
import health.salus.identity.entity.EducationLevel;
import health.salus.identity.entity.InternetAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tailoring rules, as pure functions of what Salus knows of a learner. Reading level: easy read
 * when the literacy screen says limited or the highest education is primary school, else standard.
 * Format: low-bandwidth text when internet access at home is limited or none, else text. Language:
 * the preferred one when lessons are written in it, else English. Programmes: those whose condition
 * words appear in the name or code of one of the learner's active conditions, and those meant for
 * the learner's age and over. Each choice says why ({@link Reason}: a message key and its
 * argument). The variant a learner chose for all their lessons outweighs all of that: the patient
 * can always switch, and a choice they keep stays theirs until they go back to the suggestion.
 */
public final class Tailoring {

  private Tailoring() {}

  /**
   * What tailoring knows of a learner; any of it may be unknown (null, empty). {@code chosen}: the
   * variant the learner chose for all their lessons, if they did.
   */
  public record Learner(
      EducationLevel education,
      InternetAccess internet,
      String preferredLanguage,
      Integer age,
      LiteracyLevel literacy,
      List<Diagnosis> conditions,
      VariantChoice.Key chosen) {

    public Learner {
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
  }

  /**
   * An active condition of the learner: its name and code (SNOMED CT or ICD-10 as text, or null).
   */
  public record Diagnosis(String name, String code) {}

  /** Why something was chosen: a message key of the bundle and its one argument (or null). */
  public record Reason(String key, String argument) {}

  /** The variant that suits the learner, and why. */
  public record Preference(
      ReadingLevel level, ContentLanguage language, ContentFormat format, List<Reason> reasons) {}

  /** A programme as tailoring sees it. */
  public record Candidate(long programmeId, List<String> conditionTerms, Integer minAge) {}

  /** A programme chosen for the learner, and why. */
  public record Match(long programmeId, List<Reason> reasons) {}

  public static Preference preference(Learner learner) {
    if (learner.chosen() != null) {
      VariantChoice.Key chosen = learner.chosen();
      return new Preference(
          chosen.level(),
          chosen.language(),
          chosen.format(),
          List.of(new Reason("learn.why.chosen", null)));
    }
    List<Reason> reasons = new ArrayList<>();
    ReadingLevel level = ReadingLevel.STANDARD;
    if (learner.literacy() == LiteracyLevel.LIMITED) {
      level = ReadingLevel.EASY_READ;
      reasons.add(new Reason("learn.why.literacy", null));
    } else if (learner.education() == EducationLevel.PRIMARY) {
      level = ReadingLevel.EASY_READ;
      reasons.add(new Reason("learn.why.education", null));
    }
    ContentFormat format = ContentFormat.TEXT;
    if (learner.internet() != null && learner.internet() != InternetAccess.GOOD) {
      format = ContentFormat.LOW_BANDWIDTH;
      reasons.add(new Reason("learn.why.internet", null));
    }
    ContentLanguage language =
        ContentLanguage.of(learner.preferredLanguage()).orElse(ContentLanguage.EN);
    if (language != ContentLanguage.EN) {
      reasons.add(new Reason("learn.why.language", null));
    }
    return new Preference(level, language, format, List.copyOf(reasons));
  }

  /** The candidates that suit the learner, in the order given, each with why. */
  public static List<Match> programmes(Learner learner, List<Candidate> candidates) {
    List<Match> matches = new ArrayList<>();
    for (Candidate candidate : candidates) {
      List<Reason> reasons = new ArrayList<>();
      conditionFor(learner.conditions(), candidate.conditionTerms())
          .ifPresent(c -> reasons.add(new Reason("learn.why.condition", c)));
      if (candidate.minAge() != null
          && learner.age() != null
          && learner.age() >= candidate.minAge()) {
        reasons.add(new Reason("learn.why.age", String.valueOf(candidate.minAge())));
      }
      if (!reasons.isEmpty()) {
        matches.add(new Match(candidate.programmeId(), List.copyOf(reasons)));
      }
    }
    return matches;
  }

  private static Optional<String> conditionFor(List<Diagnosis> conditions, List<String> terms) {
    for (Diagnosis condition : conditions) {
      String lower =
          (condition.name() + " " + (condition.code() == null ? "" : condition.code()))
              .toLowerCase(Locale.ROOT);
      for (String term : terms) {
        if (!term.isBlank() && lower.contains(term.toLowerCase(Locale.ROOT).strip())) {
          return Optional.of(condition.name());
        }
      }
    }
    return Optional.empty();
  }
}
