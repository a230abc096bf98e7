package health.salus.education.control;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.ReadingLevel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a lesson's variants to show for a wanted level, language and format: the exact one when
 * it exists, else the nearest: the language counts most (English when the wanted one is missing),
 * then the level (the nearest, the easier one on a tie) and the format (plain text before a
 * recording when the wanted format is missing). The wanted format outweighs one step of level, not
 * two: a reader on a slow line gets the light easy read before the standard text, but a detailed
 * reader is not sent to easy read for it.
 */
public final class VariantChoice {

  private VariantChoice() {}

  /** A variant by what tells it apart. */
  public record Key(ReadingLevel level, ContentLanguage language, ContentFormat format) {}

  public static Optional<Key> choose(List<Key> available, Key wanted) {
    return available.stream()
        .max(
            Comparator.comparingInt((Key k) -> score(k, wanted))
                .thenComparing(k -> -k.level().ordinal()));
  }

  private static int score(Key k, Key wanted) {
    int score = 0;
    if (k.language() == wanted.language()) {
      score += 1000;
    } else if (k.language() == ContentLanguage.EN) {
      score += 500;
    }
    score -= 100 * Math.abs(k.level().ordinal() - wanted.level().ordinal());
    if (k.format() == wanted.format()) {
      score += 150;
    } else if (k.format() == ContentFormat.TEXT || k.format() == ContentFormat.LOW_BANDWIDTH) {
      score += 20;
    }
    return score;
  }
}
