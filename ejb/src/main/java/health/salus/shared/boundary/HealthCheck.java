package health.salus.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Tells load balancers and monitors whether the application and its database answer. */
@Stateless
public class HealthCheck {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /**
   * Whether the database answers a trivial query. Open to anyone: it reveals nothing. Without a
   * transaction, so that a database that is away is a plain "no" and never a failed commit.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean databaseAnswers() {
    try {
      return em.createNativeQuery("SELECT 1").getSingleResult() != null;
    } catch (PersistenceException down) {
      return false;
    }
  }
}
