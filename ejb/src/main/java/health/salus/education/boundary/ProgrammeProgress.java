package health.salus.education.boundary;

import health.salus.education.entity.EnrolmentStatus;
import java.io.Serializable;

/** A patient's progress in a programme they are enrolled in. */
public record ProgrammeProgress(
    long programmeId,
    String title,
    int completedLessons,
    int totalLessons,
    EnrolmentStatus status,
    Long nextLessonId)
    implements Serializable {}
