package health.salus.casework.boundary;

import health.salus.casework.entity.CaseEducation;
import health.salus.education.boundary.ProgrammeProgress;
import java.io.Serializable;
import java.time.Instant;

/**
 * An education programme assigned on a case: which, by whom, when and why, whether the patient
 * followed it already, and the patient's progress in it now ({@code completedLessons} of {@code
 * totalLessons}, {@code status} ACTIVE or COMPLETED; null when the progress is not known).
 */
public record CaseEducationView(
    long id,
    long programmeId,
    String title,
    String reason,
    boolean alreadyEnrolled,
    String assignedBy,
    String assignedByUsername,
    Instant assignedAt,
    Integer completedLessons,
    Integer totalLessons,
    String status)
    implements Serializable {

  static CaseEducationView of(CaseEducation e, ProgrammeProgress progress) {
    return new CaseEducationView(
        e.getId(),
        e.getProgrammeId(),
        e.getProgrammeTitle(),
        e.getReason(),
        e.isAlreadyEnrolled(),
        e.getAssignedBy().getFullName(),
        e.getAssignedBy().getUsername(),
        e.getAssignedAt(),
        progress == null ? null : progress.completedLessons(),
        progress == null ? null : progress.totalLessons(),
        progress == null ? null : progress.status().name());
  }

  /** Whether the patient finished every lesson of it. */
  public boolean completed() {
    return "COMPLETED".equals(status);
  }
}
