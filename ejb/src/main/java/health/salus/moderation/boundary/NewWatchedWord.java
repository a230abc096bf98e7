package health.salus.moderation.boundary;

/** A watched word as an administrator adds it: plain text (never a pattern), action, language. */
public record NewWatchedWord(String term, String action, String language) {}
