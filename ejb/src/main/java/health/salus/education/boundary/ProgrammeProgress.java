package health.salus.education.boundary;

import health.salus.education.entity.EnrolmentStatus;
import java.io.Serializable;

/**
 * A patient's progress in a programme they are enrolled in; when a clinician or case manager
 * assigned it, who ({@code assignedBy}, their name) and why ({@code reason}), else both null.
 */
public record ProgrammeProgress(
    long programmeId,
    String title,
    int completedLessons,
    int totalLessons,
    EnrolmentStatus status,
    Long nextLessonId,
    String assignedBy,
    String reason)
    implements Serializable {}
