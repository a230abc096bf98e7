package health.salus.community.boundary;

/** What a member's new post or comment became: its id and status. */
public record Created(long id, String status) {}
