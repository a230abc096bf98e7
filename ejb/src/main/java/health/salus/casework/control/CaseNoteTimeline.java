package health.salus.casework.control;

import health.salus.casework.entity.NoteVisibility;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The notes of the patient's cases on the timeline as {@code CASE} events: SHARED ones (which the
 * patient sees too) for the whole care team, INTERNAL ones only for the case's own team.
 *
 * <p>A viewer on the team of every case of the patient (their case manager, as a rule) sees every
 * note: one query along (patient_id, written_at, id). Anyone else reads disjoint parts, each along
 * an index that holds only rows they see, so a page never reads (and tests) notes it does not show:
 * the patient's shared notes along (patient_id, visibility, written_at, id), and the internal notes
 * of each case whose team they are on along (case_id, visibility, written_at, id). The patient's
 * cases are asked once a page (a patient has a few cases, not thousands of notes).
 */
@ApplicationScoped
public class CaseNoteTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          CaseStatusTimeline.KIND,
          null,
          "casework.note",
          "e.id, e.at, c.id, e.visibility, a.fullName, e.text",
          "CaseNote e JOIN e.careCase c JOIN e.author a",
          "e.patientId",
          "e.at");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected List<Part> parts(TimelineQuery query) {
    Set<Long> cases = new HashSet<>();
    Set<Long> onTheTeam = new TreeSet<>();
    for (Object[] row : casesOf(query)) {
      cases.add((Long) row[0]);
      if (row[1].equals(query.viewer().accountId()) || row[2] != null) {
        onTheTeam.add((Long) row[0]);
      }
    }
    if (!cases.isEmpty() && onTheTeam.size() == cases.size()) {
      return List.of(Part.ALL);
    }
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(" AND e.visibility = :shared", Map.of("shared", NoteVisibility.SHARED)));
    for (Long caseId : onTheTeam) {
      parts.add(
          new Part(
              " AND e.careCase.id = :caseId AND e.visibility = :internal",
              Map.of("caseId", caseId, "internal", NoteVisibility.INTERNAL)));
    }
    return parts;
  }

  /**
   * The patient's cases, each with its case manager's account and, where the viewer is a member of
   * its team, the viewer's account.
   */
  private List<Object[]> casesOf(TimelineQuery query) {
    return em.createQuery(
            "SELECT c.id, c.caseManager.id, m.id FROM CareCase c"
                + " LEFT JOIN c.members m ON m.id = :accountId"
                + " WHERE c.patient.id = :patientId",
            Object[].class)
        .setParameter("patientId", query.patientId())
        .setParameter("accountId", query.viewer().accountId())
        .getResultList();
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String by = row[3] == NoteVisibility.INTERNAL ? "Internal case note by " : "Case note by ";
    return event(
        (Instant) row[1], (Long) row[0], by + row[4] + ": " + row[5], "CareCase", (Long) row[2]);
  }
}
