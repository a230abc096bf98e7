package health.salus.messaging.control;

import static health.salus.shared.control.BoundedReads.FETCH;
import static health.salus.shared.control.BoundedReads.LEFT_FETCH;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.messaging.entity.Message;
import health.salus.messaging.entity.MessageLesson;
import health.salus.messaging.entity.MessageRead;
import health.salus.messaging.entity.MessageSide;
import health.salus.messaging.entity.MessageThread;
import health.salus.messaging.entity.ThreadStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds and stores threads, messages and who read them. */
@Dependent
public class MessagingRepository {

  /**
   * The threads a caller takes part in: about one of {@code patients} (their own, those they act
   * for), addressed to them as a practitioner, or addressed to the care team of a patient whose
   * care team they are in.
   */
  private static final String VISIBLE =
      " FROM MessageThread t LEFT JOIN t.toPractitioner p WHERE t.patient.id IN :patients"
          + " OR p.id = :practitionerId"
          + " OR (t.toTeam = health.salus.messaging.entity.ThreadTeam.CARE_TEAM"
          + " AND EXISTS (SELECT c FROM CareRelationship c WHERE c.patient = t.patient"
          + " AND c.practitioner.id = :practitionerId))";

  /** Late answers first: due before now, and not closed. */
  private static final String OVERDUE_FIRST =
      "CASE WHEN t.replyDueAt < :now AND t.status <> health.salus.messaging.entity.ThreadStatus.CLOSED"
          + " THEN 0 ELSE 1 END, ";

  /** Messages of a thread the reader did not write and has not opened. */
  private static final String UNREAD =
      " FROM Message m WHERE m.author.id <> :accountId AND NOT EXISTS (SELECT r FROM MessageRead r"
          + " WHERE r.message = m AND r.reader.id = :accountId)";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<MessageThread> thread(long id) {
    return Optional.ofNullable(em.find(MessageThread.class, id));
  }

  /**
   * The thread, its row locked until the transaction ends: posts and read marks one at a time. A
   * query, not {@code em.find}: the thread is usually managed already (the caller's participation
   * loaded it), and the lock must reach the database all the same.
   */
  public Optional<MessageThread> lockedThread(long id) {
    return em.createQuery("SELECT t FROM MessageThread t WHERE t.id = :id", MessageThread.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<Patient> patient(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  public Optional<UserAccount> account(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  /** The practitioner (or educator) with this enabled account's username. */
  public Optional<Practitioner> practitioner(String username) {
    return em.createQuery(
            "SELECT p FROM Practitioner p WHERE LOWER(p.account.username) = :username"
                + " AND p.account.enabled = TRUE",
            Practitioner.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /** The accounts of the practitioners in the patient's care team. */
  public List<UserAccount> careTeamAccounts(long patientId) {
    return em.createQuery(
            "SELECT DISTINCT c.practitioner.account FROM CareRelationship c"
                + " WHERE c.patient.id = :patientId",
            UserAccount.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /**
   * The threads the caller takes part in, the latest message first; with {@code overdueFirst}
   * (staff), those whose answer was due before {@code now} (and not closed) before the others.
   */
  public List<MessageThread> visible(
      List<Long> patients,
      Long practitionerId,
      boolean overdueFirst,
      Instant now,
      int page,
      int size) {
    // The page's ids first, sorting narrow rows; then those threads with their patients and
    // addressees in one query (joined into the sort, the wide rows made it ten times slower; left
    // to themselves, they cost a query each).
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT t.id"
                + VISIBLE
                + " ORDER BY "
                + (overdueFirst ? OVERDUE_FIRST : "")
                + "t.lastMessageAt DESC, t.id DESC",
            Long.class);
    if (overdueFirst) {
      query.setParameter("now", now);
    }
    List<Long> ids =
        visibleTo(query, patients, practitionerId)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    return inOrder(ids);
  }

  /**
   * The practice's threads for the front desk: of a status, or all but the closed ones ({@code
   * null}); late answers first (due before {@code now}), then the latest message first. The page's
   * ids first, then those threads with their patients, addressees and assignees (as {@link
   * #visible}).
   */
  public List<MessageThread> deskInbox(ThreadStatus status, Instant now, int page, int size) {
    TypedQuery<Long> query =
        em.createQuery(
                "SELECT t.id FROM MessageThread t WHERE "
                    + deskStatus(status)
                    + " ORDER BY "
                    + OVERDUE_FIRST
                    + "t.lastMessageAt DESC, t.id DESC",
                Long.class)
            .setParameter("now", now);
    List<Long> ids =
        deskStatus(query, status).setFirstResult(page * size).setMaxResults(size).getResultList();
    return inOrder(ids);
  }

  /**
   * These threads in the order of their ids, with their patients (and accounts), addressees and
   * assignees in the same statement: a page's ids are read first, then its threads.
   */
  private List<MessageThread> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, MessageThread> threads = new HashMap<>();
    em.createQuery("SELECT t FROM MessageThread t WHERE t.id IN :ids", MessageThread.class)
        .setParameter("ids", ids)
        .setHint(FETCH, "t.patient")
        .setHint(LEFT_FETCH, "t.patient.account")
        .setHint(LEFT_FETCH, "t.toPractitioner")
        .setHint(LEFT_FETCH, "t.assignedTo")
        .getResultList()
        .forEach(t -> threads.put(t.getId(), t));
    return ids.stream().map(threads::get).toList();
  }

  public long countDeskInbox(ThreadStatus status) {
    return deskStatus(
            em.createQuery(
                "SELECT COUNT(t) FROM MessageThread t WHERE " + deskStatus(status), Long.class),
            status)
        .getSingleResult();
  }

  /** The front desk's threads: of the status asked for, or all but the closed ones. */
  private static String deskStatus(ThreadStatus status) {
    return status == null
        ? "t.status <> health.salus.messaging.entity.ThreadStatus.CLOSED"
        : "t.status = :status";
  }

  private static <T> TypedQuery<T> deskStatus(TypedQuery<T> query, ThreadStatus status) {
    return status == null ? query : query.setParameter("status", status);
  }

  public long countVisible(List<Long> patients, Long practitionerId) {
    return visibleTo(
            em.createQuery("SELECT COUNT(t)" + VISIBLE, Long.class), patients, practitionerId)
        .getSingleResult();
  }

  /** How many messages of the caller's threads the reader has not opened. */
  public long unreadTotal(List<Long> patients, Long practitionerId, long accountId) {
    return visibleTo(
            em.createQuery(
                "SELECT COUNT(m)" + UNREAD + " AND m.thread IN (SELECT t" + VISIBLE + ")",
                Long.class),
            patients,
            practitionerId)
        .setParameter("accountId", accountId)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> visibleTo(
      TypedQuery<T> query, List<Long> patients, Long practitionerId) {
    return query
        .setParameter("patients", patients.isEmpty() ? List.of(-1L) : patients)
        .setParameter("practitionerId", practitionerId == null ? -1L : practitionerId);
  }

  /** Per thread of these, how many messages the reader has not opened (absent: none). */
  public Map<Long, Long> unreadByThread(List<Long> threadIds, long accountId) {
    Map<Long, Long> unread = new HashMap<>();
    if (threadIds.isEmpty()) {
      return unread;
    }
    em.createQuery(
            "SELECT m.thread.id, COUNT(m)"
                + UNREAD
                + " AND m.thread.id IN :threads"
                + " GROUP BY m.thread.id",
            Object[].class)
        .setParameter("accountId", accountId)
        .setParameter("threads", threadIds)
        .getResultList()
        .forEach(row -> unread.put((Long) row[0], (Long) row[1]));
    return unread;
  }

  /** The thread's messages, oldest first. */
  public List<Message> messages(long threadId) {
    return em.createQuery(
            "SELECT m FROM Message m WHERE m.thread.id = :threadId ORDER BY m.sentAt, m.id",
            Message.class)
        .setParameter("threadId", threadId)
        .getResultList();
  }

  /** The lessons attached to the thread's messages: per message, their ids in the order picked. */
  public Map<Long, List<Long>> lessonsOfThread(long threadId) {
    Map<Long, List<Long>> lessons = new HashMap<>();
    em.createQuery(
            "SELECT l FROM MessageLesson l WHERE l.message.thread.id = :threadId"
                + " ORDER BY l.message.id, l.position",
            MessageLesson.class)
        .setParameter("threadId", threadId)
        .getResultList()
        .forEach(
            l ->
                lessons
                    .computeIfAbsent(l.getMessage().getId(), k -> new ArrayList<>())
                    .add(l.getLessonId()));
    return lessons;
  }

  /** The thread's messages the reader did not write and has not opened. */
  public List<Message> unread(long threadId, long accountId) {
    return em.createQuery("SELECT m" + UNREAD + " AND m.thread.id = :threadId", Message.class)
        .setParameter("accountId", accountId)
        .setParameter("threadId", threadId)
        .getResultList();
  }

  /**
   * Per message of the thread, when someone on the other side than its author's first opened it
   * (absent: not yet).
   */
  public Map<Long, Instant> receipts(long threadId) {
    // The reads themselves, not MIN(readAt): an aggregate would skip the Instant converter.
    Map<Long, Instant> receipts = new HashMap<>();
    // Each read with its message, not one query a message after it.
    em.createQuery(
            "SELECT r FROM MessageRead r JOIN FETCH r.message m WHERE m.thread.id = :threadId"
                + " AND r.readerSide <> m.authorSide",
            MessageRead.class)
        .setParameter("threadId", threadId)
        .getResultList()
        .forEach(
            r ->
                receipts.merge(
                    r.getMessage().getId(), r.getReadAt(), (a, b) -> a.isBefore(b) ? a : b));
    return receipts;
  }

  /**
   * Of these messages, the ids of those the reader has opened, read with a lock. A locking read
   * sees the receipts of a request that held the thread before and committed, whatever the
   * isolation level; a plain read may answer from the snapshot the transaction took before it
   * waited.
   */
  public Set<Long> openedOf(List<Message> messages, long accountId) {
    if (messages.isEmpty()) {
      return Set.of();
    }
    return em.createQuery(
            "SELECT r FROM MessageRead r WHERE r.reader.id = :accountId"
                + " AND r.message.id IN :messageIds",
            MessageRead.class)
        .setParameter("accountId", accountId)
        .setParameter("messageIds", messages.stream().map(Message::getId).toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .map(r -> r.getMessage().getId())
        .collect(Collectors.toSet());
  }

  /** Records that the reader opened these messages now. */
  public void markRead(List<Message> messages, UserAccount reader, MessageSide side, Instant at) {
    messages.forEach(m -> em.persist(new MessageRead(m, reader, side, at)));
  }
}
