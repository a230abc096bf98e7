package health.salus.moderation.boundary;

/** Why a moderator acts (required; told to the author and kept in the log). */
public record ModerationReason(String reason) {}
