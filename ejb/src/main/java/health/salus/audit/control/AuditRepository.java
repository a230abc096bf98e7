package health.salus.audit.control;

import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.entity.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/** Appends to and searches the audit trail. There is deliberately no update or delete. */
@Dependent
public class AuditRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  public List<AuditEntry> search(AuditQuery query, int page, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> root = cq.from(AuditEntry.class);
    cq.where(predicates(cb, root, query))
        .orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
    TypedQuery<AuditEntry> typed = em.createQuery(cq);
    return typed.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  public long count(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<AuditEntry> root = cq.from(AuditEntry.class);
    cq.select(cb.count(root)).where(predicates(cb, root, query));
    return em.createQuery(cq).getSingleResult();
  }

  private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> root, AuditQuery q) {
    List<Predicate> where = new ArrayList<>();
    if (q.actor() != null && !q.actor().isBlank()) {
      where.add(cb.equal(root.get("actor"), q.actor().trim().toLowerCase(java.util.Locale.ROOT)));
    }
    if (q.action() != null && !q.action().isBlank()) {
      where.add(cb.equal(root.get("action"), q.action().trim()));
    }
    if (q.outcome() != null) {
      where.add(cb.equal(root.get("outcome"), q.outcome()));
    }
    if (q.patientId() != null) {
      where.add(cb.equal(root.get("patientId"), q.patientId()));
    }
    if (q.objectType() != null && !q.objectType().isBlank()) {
      where.add(cb.equal(root.get("objectType"), q.objectType().trim()));
    }
    if (q.objectId() != null && !q.objectId().isBlank()) {
      where.add(cb.equal(root.get("objectId"), q.objectId().trim()));
    }
    if (q.from() != null) {
      where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from()));
    }
    if (q.to() != null) {
      where.add(cb.lessThan(root.get("occurredAt"), q.to()));
    }
    return where.toArray(Predicate[]::new);
  }
}
