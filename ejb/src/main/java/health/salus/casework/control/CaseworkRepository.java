package health.salus.casework.control;

import static health.salus.shared.control.BoundedReads.BATCH;
import static health.salus.shared.control.BoundedReads.BATCH_TYPE;
import static health.salus.shared.control.BoundedReads.FETCH;
import static health.salus.shared.control.BoundedReads.LEFT_FETCH;

import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseEducation;
import health.salus.casework.entity.CaseGoal;
import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.CaseReview;
import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.CaseTask;
import health.salus.casework.entity.IntakeAssessment;
import health.salus.casework.entity.Referral;
import health.salus.casework.entity.TaskStatus;
import health.salus.directory.entity.CareRelationshipKind;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and stores cases and their goals, tasks, notes and referrals. */
@Dependent
public class CaseworkRepository {

  /** Cases whose team the account is in: as case manager or as a member. */
  private static final String IN_TEAM =
      "(c.caseManager.id = :me OR EXISTS (SELECT m FROM CareCase c2 JOIN c2.members m"
          + " WHERE c2 = c AND m.id = :me))";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<CareCase> careCase(long id) {
    return Optional.ofNullable(em.find(CareCase.class, id));
  }

  /** The intake assessment of a case, if recorded. */
  public Optional<IntakeAssessment> intake(long caseId) {
    return em.createQuery(
            "SELECT a FROM IntakeAssessment a WHERE a.careCase.id = :id", IntakeAssessment.class)
        .setParameter("id", caseId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Patient> patient(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  public Optional<CaseGoal> goal(long id) {
    return Optional.ofNullable(em.find(CaseGoal.class, id));
  }

  public Optional<CaseTask> task(long id) {
    return Optional.ofNullable(em.find(CaseTask.class, id));
  }

  public Optional<Referral> referral(long id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  public Optional<UserAccount> account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /** The cases of the account's caseload (of a status, or all when null), newest first. */
  public List<CareCase> caseload(long accountId, CaseStatus status, int page, int size) {
    return withPeople(
            caseloadQuery("SELECT c", CareCase.class, accountId, status, " ORDER BY c.id DESC"),
            "c")
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * Reads the cases (the row itself, or at {@code path} of each row) with their patient and case
   * manager in the same query, and those accounts' roles in one more: a page costs a fixed number
   * of queries, not a few for every row (the many-to-one links are eager, and these entities are
   * not in the shared cache).
   */
  static <T> TypedQuery<T> withPeople(TypedQuery<T> query, String path) {
    if (path.contains(".")) {
      query.setHint(FETCH, path);
    }
    return query
        .setHint(FETCH, path + ".patient")
        .setHint(LEFT_FETCH, path + ".patient.account")
        .setHint(FETCH, path + ".caseManager")
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, path + ".patient.account.roles")
        .setHint(BATCH, path + ".caseManager.roles");
  }

  public long countCaseload(long accountId, CaseStatus status) {
    return caseloadQuery("SELECT COUNT(c)", Long.class, accountId, status, "").getSingleResult();
  }

  private <T> TypedQuery<T> caseloadQuery(
      String select, Class<T> type, long accountId, CaseStatus status, String order) {
    TypedQuery<T> query =
        em.createQuery(
                select
                    + " FROM CareCase c WHERE "
                    + IN_TEAM
                    + (status == null ? "" : " AND c.status = :status")
                    + order,
                type)
            .setParameter("me", accountId);
    return status == null ? query : query.setParameter("status", status);
  }

  /** How many cases of the account's caseload are in each status. */
  public Map<CaseStatus, Long> caseloadByStatus(long accountId) {
    Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
    for (CaseStatus s : CaseStatus.values()) {
      counts.put(s, 0L);
    }
    em.createQuery(
            "SELECT c.status, COUNT(c) FROM CareCase c WHERE " + IN_TEAM + " GROUP BY c.status",
            Object[].class)
        .setParameter("me", accountId)
        .getResultList()
        .forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
    return counts;
  }

  /** Open tasks, overdue before this day, of the account's caseload's cases not closed. */
  public long countOverdueInCaseload(long accountId, LocalDate today) {
    return em.createQuery(
            "SELECT COUNT(t) FROM CaseTask t JOIN t.careCase c WHERE "
                + IN_TEAM
                + " AND c.status <> :closed AND t.status = :open AND t.dueDate < :today",
            Long.class)
        .setParameter("me", accountId)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("open", TaskStatus.OPEN)
        .setParameter("today", today)
        .getSingleResult();
  }

  /**
   * Reviews of the account's caseload's cases not closed that are due by {@code until} and not
   * done: not yet fallen due, or fallen due with their task still open.
   */
  public long countReviewsDue(long accountId, LocalDate until) {
    return em.createQuery(
            "SELECT COUNT(r) FROM CaseReview r JOIN r.careCase c LEFT JOIN r.task t WHERE "
                + IN_TEAM
                + " AND c.status <> :closed AND r.dueOn <= :until"
                + " AND (t IS NULL OR t.status = :open)",
            Long.class)
        .setParameter("me", accountId)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("until", until)
        .setParameter("open", TaskStatus.OPEN)
        .getSingleResult();
  }

  /** Per case id: {open tasks, overdue tasks}, for the cases listed. */
  public Map<Long, long[]> taskCounts(List<Long> caseIds, LocalDate today) {
    Map<Long, long[]> counts = new HashMap<>();
    if (caseIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "SELECT t.careCase.id, COUNT(t), SUM(CASE WHEN t.dueDate < :today THEN 1 ELSE 0 END)"
                + " FROM CaseTask t WHERE t.careCase.id IN :ids AND t.status = :open"
                + " GROUP BY t.careCase.id",
            Object[].class)
        .setParameter("today", today)
        .setParameter("ids", caseIds)
        .setParameter("open", TaskStatus.OPEN)
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (Long) row[0], new long[] {((Number) row[1]).longValue(), number(row[2])}));
    return counts;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** A patient's cases, newest first. */
  public List<CareCase> casesOf(long patientId) {
    return em.createQuery(
            "SELECT c FROM CareCase c WHERE c.patient.id = :patientId ORDER BY c.id DESC",
            CareCase.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  public List<CaseGoal> goals(long caseId) {
    return em.createQuery(
            "SELECT g FROM CaseGoal g WHERE g.careCase.id = :id ORDER BY g.id", CaseGoal.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** The case's tasks, open ones first, by due date. */
  public List<CaseTask> tasks(long caseId) {
    return em.createQuery(
            "SELECT t FROM CaseTask t WHERE t.careCase.id = :id"
                + " ORDER BY t.status, t.dueDate, t.id",
            CaseTask.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** The case's notes, newest first. */
  public List<CaseNote> notes(long caseId) {
    return em.createQuery(
            "SELECT n FROM CaseNote n WHERE n.careCase.id = :id ORDER BY n.at DESC, n.id DESC",
            CaseNote.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** The education programmes assigned on the case, the first assigned first. */
  public List<CaseEducation> education(long caseId) {
    return em.createQuery(
            "SELECT e FROM CaseEducation e WHERE e.careCase.id = :id ORDER BY e.assignedAt, e.id",
            CaseEducation.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** The programme as assigned on the case, if it is. */
  public Optional<CaseEducation> education(long caseId, long programmeId) {
    return em.createQuery(
            "SELECT e FROM CaseEducation e WHERE e.careCase.id = :id"
                + " AND e.programmeId = :programme",
            CaseEducation.class)
        .setParameter("id", caseId)
        .setParameter("programme", programmeId)
        .getResultStream()
        .findFirst();
  }

  public List<Referral> referrals(long caseId) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.careCase.id = :id ORDER BY r.id", Referral.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /**
   * The open tasks assigned to the account, by due date (none last), then id. Read in two parts
   * that each follow the index (assignee, status, due date, id) and stop at the page's end: first
   * the tasks with a due date, then, once those run out, the ones without (an ORDER BY that puts
   * nulls last by an expression would sort all the assignee's open tasks for every page).
   */
  public List<CaseTask> openTasksOf(long accountId, int page, int size) {
    int first = page * size;
    long dated = countOpenTasksOf(accountId, " AND t.dueDate IS NOT NULL");
    List<CaseTask> tasks = new ArrayList<>();
    if (first < dated) {
      tasks.addAll(openTasksOf(accountId, " AND t.dueDate IS NOT NULL", first, size));
    }
    if (tasks.size() < size) {
      tasks.addAll(
          openTasksOf(
              accountId,
              " AND t.dueDate IS NULL",
              (int) Math.max(0, first - dated),
              size - tasks.size()));
    }
    return tasks;
  }

  private List<CaseTask> openTasksOf(long accountId, String condition, int first, int max) {
    return em.createQuery(
            "SELECT t FROM CaseTask t WHERE t.assignee.id = :me AND t.status = :open"
                + condition
                + " ORDER BY t.dueDate, t.id",
            CaseTask.class)
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, "t.careCase")
        .setHint(BATCH, "t.careCase.patient")
        .setHint(BATCH, "t.careCase.patient.account")
        .setHint(BATCH, "t.careCase.caseManager")
        .setHint(BATCH, "t.assignee")
        .setHint(BATCH, "t.createdBy")
        .setHint(BATCH, "t.doneBy")
        .setParameter("me", accountId)
        .setParameter("open", TaskStatus.OPEN)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countOpenTasksOf(long accountId) {
    return countOpenTasksOf(accountId, "");
  }

  private long countOpenTasksOf(long accountId, String condition) {
    return em.createQuery(
            "SELECT COUNT(t) FROM CaseTask t WHERE t.assignee.id = :me AND t.status = :open"
                + condition,
            Long.class)
        .setParameter("me", accountId)
        .setParameter("open", TaskStatus.OPEN)
        .getSingleResult();
  }

  public long countOverdueTasksOf(long accountId, LocalDate today) {
    return em.createQuery(
            "SELECT COUNT(t) FROM CaseTask t WHERE t.assignee.id = :me AND t.status = :open"
                + " AND t.dueDate < :today",
            Long.class)
        .setParameter("me", accountId)
        .setParameter("open", TaskStatus.OPEN)
        .setParameter("today", today)
        .getSingleResult();
  }

  /**
   * Whom a patient's results go to: the accounts of the patient's general practitioners (care team
   * members of kind GENERAL_PRACTITIONER), or, without one, of every practitioner of the care team.
   */
  public List<Long> gpAccountIds(long patientId) {
    List<Long> gps = careTeamAccountIds(patientId, " AND c.kind = :gp");
    return gps.isEmpty() ? careTeamAccountIds(patientId, "") : gps;
  }

  private List<Long> careTeamAccountIds(long patientId, String condition) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT DISTINCT c.practitioner.account.id FROM CareRelationship c"
                + " WHERE c.patient.id = :patientId AND c.practitioner.account.enabled = TRUE"
                + condition,
            Long.class);
    if (!condition.isEmpty()) {
      query.setParameter("gp", CareRelationshipKind.GENERAL_PRACTITIONER);
    }
    return query.setParameter("patientId", patientId).getResultList();
  }

  /** The reviews of a case, soonest first. */
  public List<CaseReview> reviews(long caseId) {
    return em.createQuery(
            "SELECT r FROM CaseReview r WHERE r.careCase.id = :caseId ORDER BY r.dueOn",
            CaseReview.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  /** The reviews due by this day and not claimed yet, of cases not closed. */
  public List<Long> dueReviewIds(LocalDate today) {
    return em.createQuery(
            "SELECT r.id FROM CaseReview r WHERE r.claimedBy IS NULL AND r.dueOn <= :today"
                + " AND r.careCase.status <> :closed ORDER BY r.dueOn, r.id",
            Long.class)
        .setParameter("today", today)
        .setParameter("closed", CaseStatus.CLOSED)
        .getResultList();
  }

  /** The open tasks past their due date whose assignee was not alerted yet. */
  public List<Long> unalertedOverdueTaskIds(LocalDate today) {
    return em.createQuery(
            "SELECT t.id FROM CaseTask t WHERE t.status = :open AND t.dueDate < :today"
                + " AND t.overdueAlertedAt IS NULL ORDER BY t.dueDate, t.id",
            Long.class)
        .setParameter("open", TaskStatus.OPEN)
        .setParameter("today", today)
        .getResultList();
  }

  /** Claims the review for this server; true for the one server whose update changed it. */
  public boolean claimReview(long reviewId, String node, Instant now) {
    return em.createNamedQuery(CaseReview.CLAIM)
            .setParameter("node", node)
            .setParameter("now", now)
            .setParameter("id", reviewId)
            .executeUpdate()
        == 1;
  }

  /** Claims the overdue alert of the task; true for the one server whose update changed it. */
  public boolean claimOverdueAlert(long taskId, Instant now) {
    return em.createNamedQuery(CaseTask.CLAIM_OVERDUE_ALERT)
            .setParameter("now", now)
            .setParameter("id", taskId)
            .executeUpdate()
        == 1;
  }

  public Optional<CaseReview> review(long id) {
    return Optional.ofNullable(em.find(CaseReview.class, id));
  }
}
