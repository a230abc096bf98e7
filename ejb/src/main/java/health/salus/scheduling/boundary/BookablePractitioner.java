package health.salus.scheduling.boundary;

import java.util.List;

/** A practitioner one can book, with the site they work at and the modes they offer. */
public record BookablePractitioner(
    long id,
    String username,
    String fullName,
    String profession,
    String specialty,
    Long siteId,
    String siteName,
    List<String> modes) {}
