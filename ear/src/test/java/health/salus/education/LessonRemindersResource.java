package health.salus.education;

import health.salus.education.boundary.LessonReminders;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: runs the lesson reminder round now,
 * as the timer does, or as it will run {@code ?daysLater=} days from now, on the database the
 * application under test uses.
 */
@Path("test/lesson-reminders")
@Produces(MediaType.APPLICATION_JSON)
public class LessonRemindersResource {

  @Inject LessonReminders reminders;
  @Inject Clock clock;

  /** What this run did: {reminders}. */
  @POST
  public LessonReminders.Done run(@QueryParam("daysLater") int daysLater) {
    return reminders.runAsOf(clock.instant().plus(Duration.ofDays(daysLater)));
  }
}
