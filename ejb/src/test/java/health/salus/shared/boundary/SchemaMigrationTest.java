package health.salus.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * Migrations may take longer than the pool's network timeout (2.5 s): Flyway's connections have
 * none while Flyway holds them and get theirs back when it returns them to the pool.
 */
class SchemaMigrationTest {

  @Test
  void flywaysConnectionsWaitAsLongAsAMigrationTakesAndGetTheirLimitBack() throws Exception {
    DataSource pool = mock(DataSource.class);
    Connection pooled = mock(Connection.class);
    when(pool.getConnection()).thenReturn(pooled);
    when(pooled.getNetworkTimeout()).thenReturn(2500);

    Connection flyways = SchemaMigration.withoutNetworkTimeout(pool).getConnection();
    flyways.createStatement();
    flyways.close();

    InOrder order = inOrder(pooled);
    order.verify(pooled).setNetworkTimeout(any(Executor.class), eq(0));
    order.verify(pooled).createStatement();
    order.verify(pooled).setNetworkTimeout(any(Executor.class), eq(2500));
    order.verify(pooled).close();
  }

  @Test
  void aDriverWithoutNetworkTimeoutsIsUsedAsItIs() throws Exception {
    DataSource pool = mock(DataSource.class);
    Connection h2 = mock(Connection.class);
    when(pool.getConnection()).thenReturn(h2);
    doThrow(new SQLFeatureNotSupportedException()).when(h2).getNetworkTimeout();

    assertThat(SchemaMigration.withoutNetworkTimeout(pool).getConnection()).isSameAs(h2);
    verify(h2).getNetworkTimeout();
  }
}
