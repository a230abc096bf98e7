package health.salus.community.boundary;

/** A request to connect with the portal user of this username. */
public record ConnectionRequest(String username) {}
