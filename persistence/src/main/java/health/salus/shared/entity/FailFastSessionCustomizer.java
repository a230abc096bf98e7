package health.salus.shared.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A database that is away fails the request at once, so that it answers 503 within seconds. By
 * default EclipseLink retries a read that failed for want of a connection three times, five seconds
 * apart, and pings the connection first: a request then waits for the database for half a minute.
 * The connection pool already validates every connection it hands out and drops broken ones, so the
 * next request after the database is back simply works.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
      login.setConnectionHealthValidatedOnError(false);
    }
  }
}
