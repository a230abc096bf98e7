package health.salus.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.TransactionRolledbackLocalException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * Failures as they reach the API and the pages while the database is away (wrapped by Connector/J,
 * the pool, JPA and the EJB container, as seen in the outage drill's server log), and failures that
 * are not outages and must stay what they are.
 */
class DatabaseOutageTest {

  /** The pool's own exception is the server's class; only its name is known. */
  static class PoolingException extends Exception {
    PoolingException(String message) {
      super(message);
    }
  }

  /** Connector/J's CommunicationsException is an SQLRecoverableException with SQLState 08S01. */
  static SQLRecoverableException communicationsLinkFailure(Throwable cause) {
    return new SQLRecoverableException("Communications link failure", "08S01", cause);
  }

  /** How EclipseLink and the pool report a connection they could not get. */
  static PersistenceException noConnection(Throwable poolCause) {
    SQLException allocating =
        new SQLException(
            "Error in allocating a connection. Cause: " + poolCause.getMessage(),
            (String) null,
            new ResourceAllocationException(poolCause.getMessage(), poolCause));
    return new PersistenceException("Exception [EclipseLink-4002]", allocating);
  }

  @Test
  void aKilledDatabaseRefusingConnectionsIsAnOutage() {
    Throwable refused =
        communicationsLinkFailure(new ConnectException("Connection refused (Connection refused)"));

    assertThat(DatabaseOutage.causedBy(new EJBException(noConnection(refused)))).isTrue();
  }

  @Test
  void aHungDatabaseThatDoesNotAnswerInTimeIsAnOutage() {
    Throwable readTimedOut =
        communicationsLinkFailure(new SocketTimeoutException("Read timed out"));
    PersistenceException query =
        new PersistenceException("Exception [EclipseLink-4002]", readTimedOut);

    assertThat(
            DatabaseOutage.causedBy(
                new TransactionRolledbackLocalException("Transaction aborted", query)))
        .isTrue();
  }

  @Test
  void aPoolThatGaveNoConnectionWithinMaxWaitIsAnOutage() {
    PoolingException empty =
        new PoolingException(
            "In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more"
                + " connections.");
    // Only by the pool's class name: no SQLState, no connection exception type.
    SQLException allocating =
        new SQLException("Error in allocating a connection", (String) null, empty);

    assertThat(DatabaseOutage.causedBy(new EJBException(new PersistenceException(allocating))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new EJBException(noConnection(empty)))).isTrue();
  }

  @Test
  void aCommitThatCouldNotReachTheDatabaseIsAnOutage() {
    // As Payara reports it: the connector's failure only in the XAException's message.
    SystemException commit = new SystemException();
    commit.initCause(
        new XAException(
            "jakarta.resource.spi.LocalTransactionException: Communications link failure"));

    assertThat(
            DatabaseOutage.causedBy(
                new EJBException("Unable to complete container-managed transaction.", commit)))
        .isTrue();
  }

  @Test
  void aConnectionSqlStateIsAnOutageWhateverTheClass() {
    assertThat(DatabaseOutage.causedBy(new SQLException("Could not connect", "08001"))).isTrue();
  }

  @Test
  void anOutageBehindTheNextExceptionOfABatchIsFound() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
    batch.setNextException(communicationsLinkFailure(null));

    assertThat(DatabaseOutage.causedBy(new PersistenceException(batch))).isTrue();
  }

  @Test
  void businessRefusalsAndDataConflictsAreNotOutages() {
    assertThat(DatabaseOutage.causedBy(new NotFoundException("slot.notFound"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new EJBException(new OptimisticLockException()))).isFalse();
    assertThat(
            DatabaseOutage.causedBy(
                new EJBException(
                    new PersistenceException(
                        new SQLIntegrityConstraintViolationException(
                            "Duplicate entry", "23000", 1062)))))
        .isFalse();
    assertThat(
            DatabaseOutage.causedBy(
                new PersistenceException(
                    new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001"))))
        .isFalse();
    assertThat(DatabaseOutage.causedBy(new EJBException(new NullPointerException()))).isFalse();
    assertThat(DatabaseOutage.causedBy(null)).isFalse();
  }

  @Test
  void aCauseChainWithACycleEnds() {
    SQLException first = new SQLException("first", "42000");
    SQLException second = new SQLException("second", "42000", first);
    first.initCause(second);
    first.setNextException(second);

    assertThat(DatabaseOutage.causedBy(new EJBException(first))).isFalse();
  }
}
