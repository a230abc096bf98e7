package health.salus.messaging.boundary;

import java.io.Serializable;

/** A member of a thread's team a thread may be given to: username and name. */
public record Colleague(String username, String name) implements Serializable {}
