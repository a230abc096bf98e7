package health.salus.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long opening a new database connection may take, greeting and sign-in included, before the
 * pool gives up (SALUS_DB_LOGIN_TIMEOUT_SECONDS, default 1). Connector/J bounds the TCP connect by
 * its {@code connectTimeout}, but waits for the greeting of a hung server (one whose kernel still
 * accepts connections) as long as {@code socketTimeout}, unless the JDBC login timeout is set; and
 * a pool that found its connections broken opens new ones twice before it gives up. A hung database
 * then cost the requests that met it 7.6 s in the outage drill. The login timeout is the JVM's
 * (DriverManager's): set before the first connection, by the first start-up bean.
 */
@Startup
@Singleton
public class DatabaseLoginTimeout {

  private static final Logger LOG = Logger.getLogger(DatabaseLoginTimeout.class.getName());

  @Inject
  @ConfigProperty(name = "salus.db.login-timeout-seconds", defaultValue = "1")
  int seconds;

  @PostConstruct
  void apply() {
    if (seconds > 0) {
      DriverManager.setLoginTimeout(seconds);
      LOG.info(() -> "New database connections must open within " + seconds + " s");
    }
  }
}
