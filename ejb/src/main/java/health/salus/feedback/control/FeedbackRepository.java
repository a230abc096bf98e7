package health.salus.feedback.control;

import static health.salus.shared.control.BoundedReads.bounded;

import health.salus.feedback.entity.Complaint;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.feedback.entity.NpsAnswer;
import health.salus.feedback.entity.RatingInvitation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Invitations, ratings, Net Promoter answers and complaints: their queries and figures. */
@Dependent
public class FeedbackRepository {

  static final Set<ComplaintStatus> OPEN =
      EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED);

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<RatingInvitation> invitationFor(long appointmentId) {
    return em.createQuery(
            "SELECT i FROM RatingInvitation i WHERE i.appointmentId = :a", RatingInvitation.class)
        .setParameter("a", appointmentId)
        .getResultStream()
        .findFirst();
  }

  /** The invitation, locked for the rating: a second rating waits and then sees the first. */
  public Optional<RatingInvitation> invitationForRating(long appointmentId) {
    return invitationFor(appointmentId)
        .map(i -> em.find(RatingInvitation.class, i.getId(), LockModeType.PESSIMISTIC_WRITE));
  }

  /** The patient's invitations not rated yet, newest consultation first. */
  public List<RatingInvitation> openInvitations(long patientId) {
    return bounded(
            em,
            RatingInvitation.class,
            "SELECT i FROM RatingInvitation i WHERE i.patient.id = :p AND i.score IS NULL"
                + " ORDER BY i.consultedAt DESC, i.id DESC",
            0,
            50)
        .setParameter("p", patientId)
        .getResultList();
  }

  /** How many of the patient's invitations are not rated yet. */
  public long countOpenInvitations(long patientId) {
    return em.createQuery(
            "SELECT COUNT(i) FROM RatingInvitation i WHERE i.patient.id = :p AND i.score IS NULL",
            Long.class)
        .setParameter("p", patientId)
        .getSingleResult();
  }

  public Optional<Instant> lastNpsAnswer(long patientId) {
    // The time alone, not the answer: an entity would be built with its patient and account and
    // copied into the persistence context (some 2 % of a patient's home page in JFR). Not with a
    // row limit (a single value read so is prepared again at each run) nor as MAX (its value
    // bypasses the attribute's converter): the answer no later one follows.
    return em.createQuery(
            "SELECT n.answeredAt FROM NpsAnswer n WHERE n.patient.id = :p AND NOT EXISTS"
                + " (SELECT m FROM NpsAnswer m WHERE m.patient = n.patient"
                + " AND m.answeredAt > n.answeredAt)",
            Instant.class)
        .setParameter("p", patientId)
        .getResultStream()
        .findFirst();
  }

  /** The time and score of every rating given since then. */
  public List<Object[]> ratingsSince(Instant since) {
    return em.createQuery(
            "SELECT i.ratedAt, i.score FROM RatingInvitation i WHERE i.ratedAt >= :since",
            Object[].class)
        .setParameter("since", since)
        .getResultList();
  }

  /** Ratings since then by a path of the practitioner: group, count, average. */
  public List<Object[]> ratingsBy(String groupPath, Instant since) {
    return em.createQuery(
            "SELECT "
                + groupPath
                + ", COUNT(i), AVG(i.score) FROM RatingInvitation i JOIN i.practitioner p"
                + " LEFT JOIN p.site s JOIN p.account a WHERE i.ratedAt >= :since GROUP BY "
                + groupPath
                + " ORDER BY "
                + groupPath,
            Object[].class)
        .setParameter("since", since)
        .getResultList();
  }

  public long countNps(Instant since, int from, int to) {
    return em.createQuery(
            "SELECT COUNT(n) FROM NpsAnswer n WHERE n.answeredAt >= :since"
                + " AND n.score BETWEEN :from AND :to",
            Long.class)
        .setParameter("since", since)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  public Optional<Complaint> complaint(long id) {
    return Optional.ofNullable(em.find(Complaint.class, id));
  }

  public List<Complaint> complaintsOf(long patientId) {
    return em.createQuery(
            "SELECT c FROM Complaint c WHERE c.patient.id = :p ORDER BY c.receivedAt DESC, c.id"
                + " DESC",
            Complaint.class)
        .setParameter("p", patientId)
        .setMaxResults(200)
        .getResultList();
  }

  public List<Complaint> complaints(ComplaintStatus status, int page, int size) {
    TypedQuery<Complaint> query =
        em.createQuery(
            "SELECT c FROM Complaint c"
                + (status == null ? "" : " WHERE c.status = :s")
                + " ORDER BY c.receivedAt DESC, c.id DESC",
            Complaint.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  public long countComplaints(ComplaintStatus status) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(c) FROM Complaint c" + (status == null ? "" : " WHERE c.status = :s"),
            Long.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.getSingleResult();
  }

  /** Open items by a path (status or severity); a null group is named {@code none}. */
  public Map<String, Long> openBy(String path, String none) {
    Map<String, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "SELECT c."
                + path
                + ", COUNT(c) FROM Complaint c WHERE c.status IN :open GROUP BY c."
                + path,
            Object[].class)
        .setParameter("open", OPEN)
        .getResultList()
        .forEach(row -> counts.put(row[0] == null ? none : row[0].toString(), (Long) row[1]));
    return counts;
  }

  public long countAcknowledgementOverdue(Instant now) {
    return em.createQuery(
            "SELECT COUNT(c) FROM Complaint c WHERE c.status = :received"
                + " AND c.acknowledgeBy < :now",
            Long.class)
        .setParameter("received", ComplaintStatus.RECEIVED)
        .setParameter("now", now)
        .getSingleResult();
  }

  public long countResolutionOverdue(Instant now) {
    return em.createQuery(
            "SELECT COUNT(c) FROM Complaint c WHERE c.status IN :open AND c.resolveBy < :now",
            Long.class)
        .setParameter("open", OPEN)
        .setParameter("now", now)
        .getSingleResult();
  }

  /**
   * Of the items received since then: acknowledged in time, and acknowledged or overdue for it;
   * resolved in time, and resolved or overdue for it.
   */
  public long[] slaFigures(Instant since, Instant now) {
    String base = "SELECT COUNT(c) FROM Complaint c WHERE c.receivedAt >= :since AND ";
    long ackMet =
        count(base + "c.acknowledgedAt IS NOT NULL AND c.acknowledgedAt <= c.acknowledgeBy", since);
    long ackCounted =
        count(
            base
                + "(c.acknowledgedAt IS NOT NULL OR (c.status = :received"
                + " AND c.acknowledgeBy < :now))",
            since,
            now);
    long resolvedMet =
        count(base + "c.resolvedAt IS NOT NULL AND c.resolvedAt <= c.resolveBy", since);
    long resolvedCounted =
        count(
            base + "(c.resolvedAt IS NOT NULL OR (c.status IN :open AND c.resolveBy < :now))",
            since,
            now);
    return new long[] {ackMet, ackCounted, resolvedMet, resolvedCounted};
  }

  private long count(String jpql, Instant since) {
    return em.createQuery(jpql, Long.class).setParameter("since", since).getSingleResult();
  }

  private long count(String jpql, Instant since, Instant now) {
    TypedQuery<Long> query =
        em.createQuery(jpql, Long.class).setParameter("since", since).setParameter("now", now);
    if (jpql.contains(":received")) {
      query.setParameter("received", ComplaintStatus.RECEIVED);
    }
    if (jpql.contains(":open")) {
      query.setParameter("open", OPEN);
    }
    return query.getSingleResult();
  }

  /** Open items past a time allowed whose breach is not marked yet. */
  public List<Long> unmarkedBreaches(Instant now) {
    return em.createQuery(
            "SELECT c.id FROM Complaint c WHERE (c.status = :received AND c.acknowledgeBy < :now"
                + " AND c.acknowledgementOverdueAt IS NULL) OR (c.status IN :open"
                + " AND c.resolveBy < :now AND c.resolutionOverdueAt IS NULL) ORDER BY c.id",
            Long.class)
        .setParameter("received", ComplaintStatus.RECEIVED)
        .setParameter("open", OPEN)
        .setParameter("now", now)
        .setMaxResults(500)
        .getResultList();
  }

  public Complaint complaintForUpdate(long id) {
    return em.find(Complaint.class, id);
  }

  public NpsAnswer addNps(NpsAnswer answer) {
    em.persist(answer);
    return answer;
  }
}
