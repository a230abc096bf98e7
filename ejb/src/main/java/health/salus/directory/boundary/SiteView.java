package health.salus.directory.boundary;

/** A place where the organisation sees people, as a choice in a search. */
public record SiteView(long id, String name) {}
