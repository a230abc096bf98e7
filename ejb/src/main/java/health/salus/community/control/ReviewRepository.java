package health.salus.community.control;

import health.salus.community.entity.PostStatus;
import health.salus.community.entity.ServiceReview;
import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviews of health services as stored, and the published ones' count and average per subject. */
@Dependent
public class ReviewRepository {

  /** Whose reviews a query is about: a practitioner's or a site's (the column of the subject). */
  public enum Subject {
    PRACTITIONER("practitioner"),
    SITE("site");

    private final String path;

    Subject(String path) {
      this.path = path;
    }
  }

  /** The published reviews' count and their ratings' sum. */
  public record Tally(long count, long total) {}

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Practitioner> practitioner(long id) {
    return Optional.ofNullable(em.find(Practitioner.class, id));
  }

  public Optional<Site> site(long id) {
    return Optional.ofNullable(em.find(Site.class, id));
  }

  public Optional<ServiceReview> review(long id) {
    return Optional.ofNullable(em.find(ServiceReview.class, id));
  }

  public Optional<ServiceReview> lockedReview(long id) {
    return Optional.ofNullable(em.find(ServiceReview.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The patient's review of the subject, whatever its status. */
  public Optional<ServiceReview> reviewBy(long patientId, Subject subject, long subjectId) {
    return em.createQuery(
            "SELECT r FROM ServiceReview r WHERE r.patient.id = :patient AND r."
                + subject.path
                + ".id = :subject",
            ServiceReview.class)
        .setParameter("patient", patientId)
        .setParameter("subject", subjectId)
        .getResultStream()
        .findFirst();
  }

  /** A page of the subject's published reviews, newest first. */
  public List<ServiceReview> published(Subject subject, long subjectId, int page, int size) {
    return em.createQuery(
            "SELECT r FROM ServiceReview r WHERE r."
                + subject.path
                + ".id = :subject AND r.status = :published ORDER BY r.id DESC",
            ServiceReview.class)
        .setParameter("subject", subjectId)
        .setParameter("published", PostStatus.PUBLISHED)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * The count and sum of the ratings of the published reviews of each of these subjects (absent:
   * none). One grouped query along the covering index (subject, status, rating): the review texts
   * are never read, and only these subjects' entries are.
   */
  public Map<Long, Tally> tallies(Subject subject, Collection<Long> subjectIds) {
    Map<Long, Tally> tallies = new HashMap<>();
    if (subjectIds.isEmpty()) {
      return tallies;
    }
    String column = "r." + subject.path + ".id";
    em.createQuery(
            "SELECT "
                + column
                + ", COUNT(r.id), SUM(r.rating) FROM ServiceReview r WHERE "
                + column
                + " IN :ids AND r.status = :published GROUP BY "
                + column,
            Object[].class)
        .setParameter("ids", subjectIds)
        .setParameter("published", PostStatus.PUBLISHED)
        .getResultList()
        .forEach(
            row ->
                tallies.put(
                    ((Number) row[0]).longValue(),
                    new Tally(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
    return tallies;
  }
}
