package health.salus.casework.boundary;

import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.Programme;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A case as one caller may see it. The team ({@code view: "TEAM"}) sees it whole; the patient and a
 * carer acting for them ({@code view: "PATIENT"}) see the goals, the SHARED notes and the tasks
 * assigned to the patient, and no team, referrals, history or intake assessment ({@code intake}:
 * the team's, null until recorded; {@code programmes}: the education programmes assigned on the
 * case with the patient's progress, the team's).
 */
public record CaseView(
    long id,
    long patientId,
    String patientName,
    String patientUsername,
    Programme programme,
    CaseStatus status,
    String summary,
    String outcome,
    String caseManager,
    String caseManagerUsername,
    List<String> members,
    Instant createdAt,
    Instant closedAt,
    long version,
    String view,
    List<GoalView> goals,
    List<TaskView> tasks,
    List<NoteView> notes,
    List<ReferralView> referrals,
    List<StatusChangeView> history,
    List<ReviewView> reviews,
    IntakeView intake,
    List<CaseEducationView> programmes)
    implements Serializable {

  /** One line of the case's history: a move of its status, or a programme assigned on it. */
  public record HistoryLine(Instant at, StatusChangeView change, CaseEducationView programme)
      implements Serializable {}

  /** The history's moves and the programmes assigned, in the order they happened. */
  public List<HistoryLine> historyLines() {
    List<HistoryLine> lines = new ArrayList<>();
    history.forEach(h -> lines.add(new HistoryLine(h.at(), h, null)));
    programmes.forEach(p -> lines.add(new HistoryLine(p.assignedAt(), null, p)));
    lines.sort(Comparator.comparing(HistoryLine::at));
    return lines;
  }

  public boolean teamView() {
    return "TEAM".equals(view);
  }

  /** The team members' usernames, comma-separated. */
  public String membersText() {
    return String.join(", ", members);
  }

  public boolean closed() {
    return status == CaseStatus.CLOSED;
  }

  /** The first review not yet fallen due, if any. */
  public ReviewView nextReview() {
    return reviews.stream().filter(r -> r.taskId() == null).findFirst().orElse(null);
  }
}
