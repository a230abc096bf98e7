package health.salus.moderation.boundary;

import health.salus.moderation.entity.WatchedWord;

/** A watched word: its term, action ({@code BLOCK}, {@code HOLD}, {@code FLAG}) and language. */
public record WatchedWordView(long id, String term, String action, String language) {

  static WatchedWordView of(WatchedWord w) {
    return new WatchedWordView(w.getId(), w.getTerm(), w.getAction().name(), w.getLanguage());
  }
}
