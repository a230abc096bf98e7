package health.salus.feedback;

import health.salus.feedback.boundary.ComplaintEscalation;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: runs the escalation check now, as the
 * five-minute timer does, on the database the application under test uses.
 */
@Path("test/complaint-escalation")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

  @Inject ComplaintEscalation escalation;

  /** Answers how many breaches this run marked. */
  @POST
  public int run() {
    return escalation.escalateOverdue();
  }
}
