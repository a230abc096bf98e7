package health.salus.testsupport;

import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Test-only, deployed only with in-container tests: reads the audit trail directly, so that tests
 * need not sign in as an administrator to see what was written.
 */
@Stateless
@PermitAll
public class AuditEntries {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AuditTrail trail;

  /**
   * The entries of one actor and action, newest first, including those this request has made so
   * far: an in-container test runs in one request, whose successes the trail otherwise writes only
   * when it ends.
   */
  public List<AuditEntry> of(String actor, String action) {
    trail.flush();
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.actor = :actor AND e.action = :action"
                + " ORDER BY e.id DESC",
            AuditEntry.class)
        .setParameter("actor", actor)
        .setParameter("action", action)
        .getResultList();
  }
}
