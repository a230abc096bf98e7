package health.salus.education.boundary;

import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.LessonVariant;
import health.salus.education.entity.Programme;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A programme in the catalogue: title (in the reader's language), topic, summary, how many lessons,
 * and the languages (BCP 47) and reading levels its lessons are written in.
 */
public record ProgrammeSummary(
    long id,
    String title,
    String topic,
    String summary,
    int lessonCount,
    List<String> languages,
    List<ReadingLevel> levels)
    implements Serializable {

  static ProgrammeSummary of(Programme p, ContentLanguage language) {
    List<LessonVariant> variants =
        p.getLessons().stream().flatMap(l -> l.getVariants().stream()).toList();
    return new ProgrammeSummary(
        p.getId(),
        p.titleIn(language),
        p.getTopic(),
        p.getSummary(),
        p.getLessons().size(),
        variants.stream()
            .map(LessonVariant::getLanguage)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .map(ContentLanguage::tag)
            .toList(),
        variants.stream().map(LessonVariant::getLevel).distinct().sorted().toList());
  }
}
