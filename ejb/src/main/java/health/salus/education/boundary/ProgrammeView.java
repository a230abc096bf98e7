package health.salus.education.boundary;

import health.salus.education.entity.EnrolmentStatus;
import java.io.Serializable;
import java.util.List;

/**
 * A programme with its lessons in order; for a patient, their enrolment status (null when not
 * enrolled) and which lessons they completed.
 */
public record ProgrammeView(
    long id,
    String title,
    String titleZh,
    String topic,
    String summary,
    String conditionTerms,
    Integer minAge,
    long version,
    List<LessonSummary> lessons,
    EnrolmentStatus enrolment)
    implements Serializable {

  public int completedLessons() {
    return (int) lessons.stream().filter(LessonSummary::completed).count();
  }
}
