package health.salus.audit.control;

import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.entity.AuditEntry;
import health.salus.shared.entity.InstantConverter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Appends to and searches the audit trail. There is deliberately no update or delete. */
@Dependent
public class AuditRepository {

  private static final String INSERT =
      "INSERT INTO audit_entry (occurred_at, actor, on_behalf_of, patient_id, action, object_type,"
          + " object_id, outcome, purpose, client_address, detail)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final InstantConverter UTC = new InstantConverter();

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Resource(lookup = "jdbc/salus")
  DataSource dataSource;

  /**
   * Appends the entries as one batch of plain JDBC, in the caller's transaction. The trail is only
   * inserted into here, never read back as entities: EclipseLink's unit of work (registering each
   * entry, a change set, a statement and a key read per row) had cost about as much as the
   * database's own work, on every page view. The time is stored as the entity's converter stores it
   * (UTC), so searches and the chain read what an entity would have written.
   */
  public void append(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (AuditEntry entry : entries) {
        insert.setTimestamp(
            1, Timestamp.valueOf(UTC.convertToDatabaseColumn(entry.getOccurredAt())));
        insert.setString(2, entry.getActor());
        insert.setString(3, entry.getOnBehalfOf());
        insert.setObject(4, entry.getPatientId(), Types.BIGINT);
        insert.setString(5, entry.getAction());
        insert.setString(6, entry.getObjectType());
        insert.setString(7, entry.getObjectId());
        insert.setString(8, entry.getOutcome().name());
        insert.setString(9, entry.getPurpose());
        insert.setString(10, entry.getClientAddress());
        insert.setString(11, entry.getDetail());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("the audit trail could not be written: " + e.getMessage(), e);
    }
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
