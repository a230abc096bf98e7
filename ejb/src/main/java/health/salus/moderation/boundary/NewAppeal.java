package health.salus.moderation.boundary;

/** An appeal as asked: what the member wants the moderators to know (required). */
public record NewAppeal(String statement) {}
