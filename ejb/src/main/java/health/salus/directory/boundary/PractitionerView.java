package health.salus.directory.boundary;

/** A practitioner as patients and staff see them in the directory. */
public record PractitionerView(
    long id,
    String username,
    String fullName,
    String role,
    String profession,
    String specialty,
    Long siteId,
    String siteName) {}
