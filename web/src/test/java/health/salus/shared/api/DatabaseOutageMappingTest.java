package health.salus.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * While the database is away the API answers 503 problem+json with Retry-After (the container's
 * exception as the mappers get it); any other failure stays a 500.
 */
class DatabaseOutageMappingTest {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageMappingTest.class.getName());

  /** A booking while MariaDB is down, as the EJB container hands it to JAX-RS. */
  static EJBException bookingWhileTheDatabaseIsDown() {
    SQLRecoverableException refused =
        new SQLRecoverableException(
            "Communications link failure", "08S01", new ConnectException("Connection refused"));
    SQLException allocating =
        new SQLException(
            "Error in allocating a connection. Cause: Connection could not be allocated",
            (String) null,
            new ResourceAllocationException("Connection could not be allocated", refused));
    return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", allocating));
  }

  @Test
  void anOutageIsA503ProblemWithRetryAfter() {
    Problem problem = ServerErrorMapper.problem(LOG, bookingWhileTheDatabaseIsDown());

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getTitle()).isEqualTo("Temporarily unavailable");
    assertThat(problem.getDetail()).startsWith("Salus cannot reach its database just now.");
    assertThat(problem.getRetryAfterSeconds()).isEqualTo(30);
  }

  @Test
  void anyOtherFailureStaysA500WithoutRetryAfter() {
    Problem problem =
        ServerErrorMapper.problem(LOG, new EJBException(new IllegalStateException("bug")));

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getTitle()).isEqualTo("Something went wrong");
    assertThat(problem.getRetryAfterSeconds()).isNull();
  }
}
