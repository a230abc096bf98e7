package health.salus.community.boundary;

/**
 * What a member's new post or comment became: its id and status, and whether it was held because it
 * suggests a crisis ({@code crisisSupport}: the author is shown crisis-support contacts).
 */
public record Created(long id, String status, boolean crisisSupport) {

  public Created(long id, String status) {
    this(id, status, false);
  }
}
