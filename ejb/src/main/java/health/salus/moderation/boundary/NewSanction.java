package health.salus.moderation.boundary;

/**
 * A sanction as asked: the reason (required), until when (an instant such as {@code
 * 2026-12-10T09:00:00Z}; required for a silence or suspension), and the group it holds in (none:
 * every group; a group's own moderator must name their group).
 */
public record NewSanction(String reason, String until, Long groupId) {}
