package health.salus.moderation.boundary;

import health.salus.community.entity.Comment;
import health.salus.community.entity.ModeratedContent;
import health.salus.community.entity.Post;
import health.salus.community.entity.ServiceReview;
import health.salus.community.entity.StatusUpdate;
import health.salus.moderation.control.ModerationRepository;
import health.salus.moderation.control.SafetySignals;
import health.salus.moderation.control.WatchedWordMatcher;
import health.salus.moderation.control.WatchedWordMatcher.Match;
import health.salus.moderation.control.WatchedWordMatcher.Term;
import health.salus.moderation.entity.CommentFlag;
import health.salus.moderation.entity.ContentFlag;
import health.salus.moderation.entity.Flag;
import health.salus.moderation.entity.FlagReason;
import health.salus.moderation.entity.ReviewFlag;
import health.salus.moderation.entity.StatusUpdateFlag;
import health.salus.moderation.entity.WatchedWordAction;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Screens what members write against the watched words, inside the writer's transaction: a blocking
 * word refuses it (422, naming the word), a holding word or a flagging word is answered for the
 * caller to hold the text or flag it ({@link #flagBySystem}). Also the safety signals ({@link
 * SafetySignals}): words of a crisis hold the text and alert the moderators; personal identifiers
 * are refused until the author confirms them.
 */
@Dependent
public class ContentScreening {

  /** Why a text was held: this prefix and the watched word. */
  public static final String HELD_WATCHED_WORD = "WATCHED_WORD:";

  /** Why a text was held: this prefix and the words that suggest a crisis. */
  public static final String HELD_CRISIS = "CRISIS:";

  @Inject ModerationRepository repository;
  @Inject Clock clock;
  @Inject Event<CrisisHeld> crisisHeld;

  @Inject
  @ConfigProperty(name = "salus.community.flags-to-hide", defaultValue = "3")
  int flagsToHide;

  /**
   * The strongest watched word (hold or flag) in the texts; refused (422) when one blocks, so
   * nothing is stored.
   */
  public Optional<Match> screen(String... texts) {
    String text = joined(texts);
    Optional<Match> found =
        WatchedWordMatcher.strongest(
            text,
            repository.watchedWords().stream()
                .map(w -> new Term(w.getTerm(), w.getAction()))
                .toList());
    if (found.isPresent() && found.get().action() == WatchedWordAction.BLOCK) {
      throw new RuleViolationException("moderation.blocked", found.get().term());
    }
    return found;
  }

  /**
   * Refuses (422) a text that seems to hold personal identifiers (phone, e-mail, Medicare number)
   * unless the author confirmed they want to publish them; the message names the first kind found.
   */
  public void warnOfPersonalDetails(boolean confirmed, String... texts) {
    if (confirmed) {
      return;
    }
    SafetySignals.identifiers(joined(texts)).stream()
        .findFirst()
        .ifPresent(
            kind -> {
              throw RuleViolationException.about(
                  "body", "community.personalDetails." + kind.name());
            });
  }

  /** The crisis phrase in the texts, if any: the caller holds the text ({@link #crisisHeld}). */
  public Optional<String> crisis(String... texts) {
    return SafetySignals.crisis(joined(texts));
  }

  /** Alerts the group's moderators at once that a crisis post or comment waits for them. */
  public void crisisHeld(String kind, long itemId, Post post) {
    alert(kind, itemId, post.getId(), post.getGroup().getName(), post.getGroup().getId());
  }

  /** Alerts the moderators at once that a review that suggests a crisis waits for them. */
  public void crisisHeld(ServiceReview review) {
    alert("REVIEW", review.getId(), null, review.subjectName(), null);
  }

  /** Alerts the moderators at once that a health-status update that suggests a crisis waits. */
  public void crisisHeld(StatusUpdate update) {
    alert("UPDATE", update.getId(), null, update.getAuthor().getFullName(), null);
  }

  private void alert(String kind, long itemId, Long postId, String place, Long groupId) {
    crisisHeld.fire(new CrisisHeld(kind, itemId, postId, place, repository.moderatorsOf(groupId)));
  }

  private static String joined(String... texts) {
    return String.join("\n", Arrays.stream(texts).map(t -> t == null ? "" : t).toList());
  }

  /** The system flags a post for a flagging watched word; it counts like a member's flag. */
  public void flagBySystem(Post post, String term) {
    flagBySystem(post, new Flag(post, null, FlagReason.OTHER, HELD_WATCHED_WORD + term, now()));
  }

  /** The system flags a comment for a flagging watched word; it counts like a member's flag. */
  public void flagBySystem(Comment comment, String term) {
    flagBySystem(
        comment, new CommentFlag(comment, null, FlagReason.OTHER, HELD_WATCHED_WORD + term, now()));
  }

  /** The system flags a review for a flagging watched word; it counts like a member's flag. */
  public void flagBySystem(ServiceReview review, String term) {
    flagBySystem(
        review, new ReviewFlag(review, null, FlagReason.OTHER, HELD_WATCHED_WORD + term, now()));
  }

  /** The system flags a health-status update for a flagging watched word. */
  public void flagBySystem(StatusUpdate update, String term) {
    flagBySystem(
        update,
        new StatusUpdateFlag(update, null, FlagReason.OTHER, HELD_WATCHED_WORD + term, now()));
  }

  /**
   * Screens a health-status update as a post is, once stored (so the alert can name it): a blocking
   * word refuses it (422, the caller's transaction rolls back); words of a crisis hold it and alert
   * the moderators, a holding word holds it, a flagging word flags it.
   */
  public void screenStored(StatusUpdate update) {
    Optional<Match> watched = screen(update.getBody());
    Optional<String> crisis = crisis(update.getBody());
    if (crisis.isPresent()) {
      update.hold(HELD_CRISIS + crisis.get());
      crisisHeld(update);
    } else if (watched.isPresent() && watched.get().action() == WatchedWordAction.HOLD) {
      update.hold(HELD_WATCHED_WORD + watched.get().term());
    } else if (watched.isPresent()) {
      flagBySystem(update, watched.get().term());
    }
  }

  private void flagBySystem(ModeratedContent content, ContentFlag flag) {
    repository.add(flag);
    content.flagged(flagsToHide);
  }

  private Instant now() {
    return clock.instant();
  }

  /** How many open flags hide a published post until reviewed (configurable, 3 by default). */
  public int flagsToHide() {
    return flagsToHide;
  }
}
