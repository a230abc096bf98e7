package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 that the run command puts into Payara (the pom's {@code h2.version}, the one on
 * this test's class path) takes concurrent inserts into an identity-keyed table, as the audit trail
 * gets them, without a duplicate key. H2 2.2.224, which Payara bundles, fails this within seconds
 * (h2database issue #3950): run it with {@code -Dh2.version=2.2.224} to see.
 */
class EmbeddedEngineConcurrencyIT {

  static final int CONNECTIONS = 32;
  static final long RUN_MILLIS = 10_000;

  @Test
  void concurrentAutoCommitInsertsIntoAnIdentityTableAllSucceed() throws Exception {
    Path directory =
        Files.createDirectories(
            Paths.get("target", "h2-engine", UUID.randomUUID().toString()).toAbsolutePath());
    String url =
        "jdbc:h2:file:" + directory.resolve("salus") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE audit_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " occurred_at DATETIME(6) NOT NULL, actor VARCHAR(64), action VARCHAR(64) NOT NULL,"
              + " detail VARCHAR(1000))");
      sql.execute("CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at)");

      LongAdder inserted = new LongAdder();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      AtomicInteger inserting = new AtomicInteger();
      AtomicInteger mostInserting = new AtomicInteger();
      CyclicBarrier start = new CyclicBarrier(CONNECTIONS);
      ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
          String actor = "user-" + i;
          writers.add(
              threads.submit(
                  () -> {
                    try (Connection own = DriverManager.getConnection(url, "sa", "");
                        PreparedStatement insert =
                            own.prepareStatement(
                                "INSERT INTO audit_entry (occurred_at, actor, action, detail)"
                                    + " VALUES (CURRENT_TIMESTAMP, ?, 'READ_RECORD', ?)",
                                Statement.RETURN_GENERATED_KEYS)) {
                      start.await(30, TimeUnit.SECONDS);
                      long until = System.currentTimeMillis() + RUN_MILLIS;
                      while (System.currentTimeMillis() < until) {
                        insert.setString(1, actor);
                        insert.setString(2, "read by " + actor);
                        mostInserting.accumulateAndGet(inserting.incrementAndGet(), Math::max);
                        try {
                          insert.executeUpdate();
                          inserted.increment();
                        } catch (SQLException e) {
                          failures.add(e.getMessage());
                        } finally {
                          inserting.decrementAndGet();
                        }
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> writer : writers) {
          writer.get(RUN_MILLIS + 120_000, TimeUnit.MILLISECONDS);
        }
      } finally {
        threads.shutdownNow();
      }

      System.out.printf(
          "H2 %s: %d inserts from %d connections in %d s, %d failed, most at once %d%n",
          org.h2.engine.Constants.VERSION,
          inserted.sum(),
          CONNECTIONS,
          RUN_MILLIS / 1000,
          failures.size(),
          mostInserting.get());
      assertThat(mostInserting.get()).as("inserts under way at once").isGreaterThan(1);
      assertThat(inserted.sum()).isGreaterThan(CONNECTIONS * 10L);
      assertThat(failures).as("failed inserts").isEmpty();
      try (ResultSet counts =
          sql.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM audit_entry")) {
        assertThat(counts.next()).isTrue();
        assertThat(counts.getLong(1)).isEqualTo(inserted.sum());
        assertThat(counts.getLong(2)).isEqualTo(inserted.sum());
      }
    }
  }
}
