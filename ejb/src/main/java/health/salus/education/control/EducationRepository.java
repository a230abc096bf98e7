package health.salus.education.control;

import health.salus.education.entity.Enrolment;
import health.salus.education.entity.EnrolmentStatus;
import health.salus.education.entity.LessonChoice;
import health.salus.education.entity.LiteracyLevel;
import health.salus.education.entity.Programme;
import health.salus.education.entity.QuestionnaireResponse;
import health.salus.records.entity.ConditionStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds and stores programmes, lessons, enrolments, completions and literacy screens. */
@Dependent
public class EducationRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /** Every programme, by title (a catalogue of tens). */
  public List<Programme> programmes() {
    return em.createQuery("SELECT p FROM Programme p ORDER BY p.title, p.id", Programme.class)
        .getResultList();
  }

  /** The programme, lesson or patient with this id. */
  public <T> Optional<T> find(Class<T> type, long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  /**
   * The programme, lesson or patient with this id, its row locked until the transaction ends: one
   * change to it (or, for a patient, one enrolment or completion) at a time.
   */
  public <T> Optional<T> locked(Class<T> type, long id) {
    return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The active enrolments with no progress since {@code cutoff}: enrolled no later, and no lesson
   * of the programme completed after it; by id.
   */
  public List<Long> stalledEnrolmentIds(Instant cutoff) {
    return em.createQuery(
            "SELECT e.id FROM Enrolment e WHERE e.status = :active AND e.enrolledAt <= :cutoff"
                + " AND NOT EXISTS (SELECT c FROM LessonCompletion c WHERE c.patient = e.patient"
                + " AND c.lesson.programme = e.programme AND c.completedAt > :cutoff)"
                + " ORDER BY e.id",
            Long.class)
        .setParameter("active", EnrolmentStatus.ACTIVE)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  /** The latest lesson completion of the patient in the programme, if any. */
  public Optional<Instant> lastCompletion(long patientId, long programmeId) {
    // The latest row's instant, not MAX(completedAt): an aggregate would skip the Instant
    // converter.
    return em
        .createQuery(
            "SELECT c.completedAt FROM LessonCompletion c WHERE c.patient.id = :patient"
                + " AND c.lesson.programme.id = :programme ORDER BY c.completedAt DESC",
            Instant.class)
        .setParameter("patient", patientId)
        .setParameter("programme", programmeId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Whether the patient was reminded of this stall: this next lesson with so many done. */
  public boolean reminded(long enrolmentId, long lessonId, int lessonsDone) {
    return em.createQuery(
                "SELECT COUNT(r) FROM LessonReminder r WHERE r.enrolment.id = :enrolment"
                    + " AND r.lesson.id = :lesson AND r.lessonsDone = :done",
                Long.class)
            .setParameter("enrolment", enrolmentId)
            .setParameter("lesson", lessonId)
            .setParameter("done", lessonsDone)
            .getSingleResult()
        > 0;
  }

  public boolean titleTaken(String title, Long otherThan) {
    return em.createQuery(
                "SELECT COUNT(p) FROM Programme p WHERE LOWER(p.title) = LOWER(:title)"
                    + " AND (:id IS NULL OR p.id <> :id)",
                Long.class)
            .setParameter("title", title == null ? "" : title.strip())
            .setParameter("id", otherThan)
            .getSingleResult()
        > 0;
  }

  public Optional<Enrolment> enrolment(long patientId, long programmeId) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.patient.id = :patient AND e.programme.id = :programme",
            Enrolment.class)
        .setParameter("patient", patientId)
        .setParameter("programme", programmeId)
        .getResultStream()
        .findFirst();
  }

  public List<Enrolment> enrolments(long patientId) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.patient.id = :patient ORDER BY e.enrolledAt, e.id",
            Enrolment.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  /** The ids of the lessons the patient completed. */
  public Set<Long> completedLessons(long patientId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT c.lesson.id FROM LessonCompletion c WHERE c.patient.id = :patient",
                Long.class)
            .setParameter("patient", patientId)
            .getResultList());
  }

  /** The names and codes of the patient's current active conditions. */
  public List<Tailoring.Diagnosis> activeConditions(long patientId) {
    return em
        .createQuery(
            "SELECT c FROM Condition c WHERE c.patient.id = :patient AND c.supersededAt IS NULL"
                + " AND c.status = :active ORDER BY c.name",
            health.salus.records.entity.Condition.class)
        .setParameter("patient", patientId)
        .setParameter("active", ConditionStatus.ACTIVE)
        .getResultList()
        .stream()
        .map(c -> new Tailoring.Diagnosis(c.getName(), c.getCode()))
        .toList();
  }

  /** The patient's latest literacy screen, if any. */
  public Optional<QuestionnaireResponse> latestScreen(long patientId) {
    return em.createQuery(
            "SELECT r FROM QuestionnaireResponse r WHERE r.patient.id = :patient"
                + " AND r.questionnaire = :questionnaire ORDER BY r.answeredAt DESC, r.id DESC",
            QuestionnaireResponse.class)
        .setParameter("patient", patientId)
        .setParameter("questionnaire", QuestionnaireResponse.LITERACY_SCREEN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The variant the patient chose for all their lessons, if they did. */
  public Optional<LessonChoice> lessonChoice(long patientId) {
    return em.createQuery(
            "SELECT c FROM LessonChoice c WHERE c.patient.id = :patient", LessonChoice.class)
        .setParameter("patient", patientId)
        .getResultStream()
        .findFirst();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  /** Per programme id: how many enrolled, by status. */
  public Map<Long, Map<EnrolmentStatus, Long>> enrolmentCounts() {
    Map<Long, Map<EnrolmentStatus, Long>> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.programme.id, e.status, COUNT(e) FROM Enrolment e"
                    + " GROUP BY e.programme.id, e.status",
                Object[].class)
            .getResultList()) {
      counts
          .computeIfAbsent((Long) row[0], k -> new HashMap<>())
          .put((EnrolmentStatus) row[1], (Long) row[2]);
    }
    return counts;
  }

  /** Per programme id: how many lessons were completed by its enrolled patients. */
  public Map<Long, Long> completionCounts() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT c.lesson.programme.id, COUNT(c) FROM LessonCompletion c"
                    + " GROUP BY c.lesson.programme.id",
                Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * Per programme id: how many of its enrolled patients' latest literacy screens say each level.
   * Only counts, never whose.
   */
  public Map<Long, Map<LiteracyLevel, Long>> literacyCounts() {
    Map<Long, Map<LiteracyLevel, Long>> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.programme.id, r.result, COUNT(e) FROM Enrolment e, QuestionnaireResponse r"
                    + " WHERE r.patient = e.patient AND r.questionnaire = :questionnaire"
                    + " AND NOT EXISTS (SELECT n FROM QuestionnaireResponse n"
                    + " WHERE n.patient = r.patient AND n.questionnaire = r.questionnaire"
                    + " AND (n.answeredAt > r.answeredAt"
                    + " OR (n.answeredAt = r.answeredAt AND n.id > r.id)))"
                    + " GROUP BY e.programme.id, r.result",
                Object[].class)
            .setParameter("questionnaire", QuestionnaireResponse.LITERACY_SCREEN)
            .getResultList()) {
      counts
          .computeIfAbsent((Long) row[0], k -> new HashMap<>())
          .put((LiteracyLevel) row[1], (Long) row[2]);
    }
    return counts;
  }
}
