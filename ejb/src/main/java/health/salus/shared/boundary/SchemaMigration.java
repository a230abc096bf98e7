package health.salus.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts, before JPA is used. Every
 * other start-up bean depends on it. Bean-managed transactions: Flyway runs its own. The pool gives
 * up on a database that does not answer within seconds (Connector/J's socketTimeout, so that
 * requests fail fast while it is away); a migration may rightly take longer, so Flyway's
 * connections wait as long as it takes and get their limit back when Flyway returns them.
 */
@Startup
@Singleton
@DependsOn("DatabaseLoginTimeout")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/salus")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(withoutNetworkTimeout(dataSource))
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  static DataSource withoutNetworkTimeout(DataSource pool) {
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          Object result = call(method, pool, args);
          return result instanceof Connection connection ? unlimited(connection) : result;
        });
  }

  private static Connection unlimited(Connection connection) {
    int limit;
    try {
      limit = connection.getNetworkTimeout();
      connection.setNetworkTimeout(Runnable::run, 0);
    } catch (SQLException | UnsupportedOperationException notSupported) {
      return connection; // H2: no network, no limit to lift
    }
    int before = limit;
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          if (method.getName().equals("close") && !connection.isClosed()) {
            connection.setNetworkTimeout(Runnable::run, before);
          }
          return call(method, connection, args);
        });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            SchemaMigration.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
