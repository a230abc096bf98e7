package health.salus.messaging.boundary;

import java.time.Instant;

/**
 * What a new thread or message answers: its id; to the patient's side, also in how many business
 * days the team usually answers ({@code replyWithinBusinessDays}), by when it should ({@code
 * replyDueAt}), and whether the team is not working now ({@code outOfHours}), with when it starts
 * reading again ({@code readFrom}): urgent matters need a call to the emergency number instead.
 */
public record CreatedId(
    long id,
    Integer replyWithinBusinessDays,
    Instant replyDueAt,
    Boolean outOfHours,
    Instant readFrom) {

  public CreatedId(long id) {
    this(id, null, null, null, null);
  }
}
