package health.salus.shared.boundary;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells whether a failure means "the database is away" (down, hung, unreachable, or the pool gave
 * no connection in time) rather than a bug, so that the API and the pages answer 503 "try again
 * shortly" instead of a 500. The one place that knows how such a failure looks once the JDBC
 * driver, the connection pool, JPA, the EJB container and JSF have each wrapped it.
 */
public final class DatabaseOutage {

  /** How long clients are told to wait before they try again (the Retry-After header). */
  public static final int RETRY_AFTER_SECONDS = 30;

  // The pool's own failures (no connection within max-wait), known by name: the class is the
  // server's, not the API's.
  private static final String POOLING_EXCEPTION = "PoolingException";

  private DatabaseOutage() {}

  /** Whether the failure, or anything it wraps, says that the database could not be reached. */
  public static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (isOutage(t)) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getNextException() != null
          && !seen.contains(sql.getNextException())
          && causedBy(sql.getNextException())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutage(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof SQLTimeoutException) {
      return true;
    }
    if (t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08")) {
      return true;
    }
    // The connector gave no connection: the database refused or timed out, or the pool is empty.
    // Or the commit could not reach the database: the transaction manager then reports an
    // XAException that names the connector's failure only in its message.
    if (t instanceof ResourceException || t instanceof XAException) {
      return true;
    }
    for (Class<?> c = t.getClass(); c != null && c != Throwable.class; c = c.getSuperclass()) {
      if (c.getSimpleName().equals(POOLING_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }
}
