package health.salus.community.boundary;

import java.util.List;

/**
 * Who sees a status update besides its author: {@code audience} {@code ONLY_ME} (the default),
 * {@code CONNECTIONS}, {@code CHOSEN} (then {@code chosenUsernames}, some of the author's
 * connections) or {@code GROUP} (then {@code groupId}, a support group the author belongs to).
 */
public record AudienceChoice(String audience, List<String> chosenUsernames, Long groupId) {}
