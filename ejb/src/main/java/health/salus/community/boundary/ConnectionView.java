package health.salus.community.boundary;

import health.salus.community.entity.Connection;
import java.time.Instant;

/**
 * A connection as one of the two sees it: the other person, {@code status} {@code PENDING} or
 * {@code ACCEPTED}, and for a pending one its {@code direction}: {@code INCOMING} (they asked the
 * caller, who may accept or decline) or {@code OUTGOING} (the caller asked). {@code since}: when it
 * was accepted, or asked for while pending.
 */
public record ConnectionView(
    long id, String username, String fullName, String status, String direction, Instant since) {

  static ConnectionView of(Connection connection, long viewerId) {
    var other = connection.other(viewerId);
    boolean incoming = connection.getAddressee().getId() == viewerId;
    return new ConnectionView(
        connection.getId(),
        other.getUsername(),
        other.getFullName(),
        connection.getStatus().name(),
        incoming ? "INCOMING" : "OUTGOING",
        connection.isAccepted() ? connection.getAcceptedAt() : connection.getRequestedAt());
  }

  public boolean accepted() {
    return "ACCEPTED".equals(status);
  }

  /** Whether the caller was asked and may accept or decline. */
  public boolean waitsForMe() {
    return !accepted() && "INCOMING".equals(direction);
  }
}
