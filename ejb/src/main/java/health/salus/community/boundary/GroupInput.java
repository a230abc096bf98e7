package health.salus.community.boundary;

/**
 * A support group's details as staff send them: name, topic (the condition it is for), description,
 * rules and visibility ({@code OPEN} or {@code PRIVATE}); {@code version} the version they edited,
 * required for a change.
 */
public record GroupInput(
    String name, String topic, String description, String rules, String visibility, Long version) {}
