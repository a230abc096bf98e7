package health.salus.education.boundary;

import java.io.Serializable;

/** One reason a recommendation was made: a message key of the bundle and its argument (or null). */
public record Why(String key, String argument) implements Serializable {}
