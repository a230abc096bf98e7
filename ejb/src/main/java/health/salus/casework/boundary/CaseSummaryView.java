package health.salus.casework.boundary;

import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.Programme;
import java.io.Serializable;
import java.time.Instant;

/** A case in a caseload: who, which programme, where it is, its open and overdue tasks. */
public record CaseSummaryView(
    long id,
    long patientId,
    String patientName,
    Programme programme,
    CaseStatus status,
    String summary,
    String caseManager,
    Instant createdAt,
    long openTasks,
    long overdueTasks,
    long version)
    implements Serializable {

  static CaseSummaryView of(CareCase c, long[] taskCounts) {
    long[] counts = taskCounts == null ? new long[2] : taskCounts;
    return new CaseSummaryView(
        c.getId(),
        c.getPatient().getId(),
        c.getPatient().getFullName(),
        c.getProgramme(),
        c.getStatus(),
        c.getSummary(),
        c.getCaseManager().getFullName(),
        c.getCreatedAt(),
        counts[0],
        counts[1],
        c.getVersion());
  }
}
