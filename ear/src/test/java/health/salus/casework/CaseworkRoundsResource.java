package health.salus.casework;

import health.salus.casework.boundary.CaseworkRounds;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: runs the casework round now, as the
 * five-minute timer does, on the database the application under test uses.
 */
@Path("test/casework-rounds")
@Produces(MediaType.APPLICATION_JSON)
public class CaseworkRoundsResource {

  @Inject CaseworkRounds rounds;

  /** What this run did: {reviewTasks, overdueAlerts}. */
  @POST
  public CaseworkRounds.Done run() {
    return rounds.run();
  }
}
