package health.salus.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Reads with a row limit (a page, the first few) that EclipseLink turns into SQL once, not on every
 * run.
 *
 * <p>EclipseLink keeps each JPQL text parsed, but without a row limit: a run given a maximum
 * ({@code setMaxResults}) or a fetch hint has its SQL written again (EclipseLink's {@code
 * ReadQuery.setMaxRows} and {@code addJoinedAttribute} undo the preparation), which was about a
 * twentieth of a portal page's time. A named query prepared with a row limit keeps SQL that ends in
 * {@code LIMIT ? OFFSET ?} (H2, MySQL, MariaDB): the limit and the first row of each run are then
 * only parameters. So the query is registered once per persistence unit, with its fetch plan and a
 * limit ({@code eclipselink.jdbc.max-rows}), under a name made of the plan and the JPQL, and each
 * read sets its own first row and maximum.
 */
public final class BoundedReads {

  private static final String MAX_ROWS = "eclipselink.jdbc.max-rows";

  // EclipseLink's query hints (org.eclipse.persistence.config.QueryHints), each may be given again.
  public static final String FETCH = "eclipselink.join-fetch";
  public static final String LEFT_FETCH = "eclipselink.left-join-fetch";
  public static final String BATCH = "eclipselink.batch";
  public static final String BATCH_TYPE = "eclipselink.batch.type";

  /** "true": the shared cache's instances themselves, not copies registered in the transaction. */
  public static final String READ_ONLY = "eclipselink.read-only";

  /**
   * What each name was registered with: a new persistence unit (a redeployment) registers again.
   */
  private static final Map<String, EntityManagerFactory> REGISTERED = new ConcurrentHashMap<>();

  /** How a read fetches related entities (its hints), under a name of its own. */
  public record FetchPlan<T>(String name, UnaryOperator<TypedQuery<T>> hints) {

    /** Fetches nothing more than the query itself says (its JPQL may {@code JOIN FETCH}). */
    public static <T> FetchPlan<T> none() {
      return new FetchPlan<>("", UnaryOperator.identity());
    }
  }

  private BoundedReads() {}

  /** Rows {@code first} to {@code first + max - 1} of the JPQL's result; parameters to be set. */
  public static <T> TypedQuery<T> bounded(
      EntityManager em, Class<T> type, String jpql, int first, int max) {
    return bounded(em, type, jpql, FetchPlan.none(), first, max);
  }

  /** As {@link #bounded(EntityManager, Class, String, int, int)}, fetched by {@code plan}. */
  public static <T> TypedQuery<T> bounded(
      EntityManager em, Class<T> type, String jpql, FetchPlan<T> plan, int first, int max) {
    if (first < 0 || max < 1) {
      // As JPA answers them (an empty page, or its own refusal of a negative row): not worth
      // keeping.
      return plan.hints()
          .apply(em.createQuery(jpql, type))
          .setFirstResult(first)
          .setMaxResults(max);
    }
    String name = type.getName() + " " + plan.name() + ": " + jpql;
    EntityManagerFactory unit = em.getEntityManagerFactory();
    if (REGISTERED.get(name) != unit) {
      TypedQuery<T> template = plan.hints().apply(em.createQuery(jpql, type));
      unit.addNamedQuery(name, template.setHint(MAX_ROWS, 1));
      REGISTERED.put(name, unit);
    }
    return em.createNamedQuery(name, type).setFirstResult(first).setMaxResults(max);
  }
}
