package health.salus.moderation.entity;

import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * A word or phrase the moderators watch for, in a language ({@code en}, {@code zh}): plain text,
 * never a pattern, stored normalised (NFKC, lower case, single spaces).
 */
@Entity
@Table(name = "watched_word")
public class WatchedWord {

  public static final int TERM_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String term;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WatchedWordAction action;

  @Column(nullable = false)
  private String language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected WatchedWord() {}

  public WatchedWord(String term, WatchedWordAction action, String language, Instant at) {
    if (term == null || term.isBlank()) {
      throw Refusal.invalid("term", "moderation.termRequired");
    }
    String normal = normalise(term);
    if (normal.length() > TERM_MAX) {
      throw Refusal.invalid("term", "moderation.termTooLong", TERM_MAX);
    }
    if (action == null) {
      throw Refusal.invalid("action", "moderation.actionUnknown");
    }
    this.term = normal;
    this.action = action;
    this.language = language == null || language.isBlank() ? "en" : language.strip();
    this.createdAt = at;
  }

  /** The form text and terms are compared in: NFKC, lower case, runs of spaces as one space. */
  public static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  public void change(WatchedWordAction newAction) {
    if (newAction == null) {
      throw Refusal.invalid("action", "moderation.actionUnknown");
    }
    this.action = newAction;
  }

  public Long getId() {
    return id;
  }

  public String getTerm() {
    return term;
  }

  public WatchedWordAction getAction() {
    return action;
  }

  public String getLanguage() {
    return language;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
