package health.salus.moderation.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.entity.Role;
import health.salus.moderation.control.ModerationRepository;
import health.salus.moderation.entity.WatchedWord;
import health.salus.moderation.entity.WatchedWordAction;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The watched words: moderators read them, administrators add, change and remove them. */
@Stateless
public class WatchedWordService {

  @Inject ModerationRepository repository;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Every watched word, by language and term. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MODERATOR})
  public List<WatchedWordView> list() {
    return repository.watchedWords().stream().map(WatchedWordView::of).toList();
  }

  /**
   * Adds a word (plain text; 400 when empty or too long or the action unknown; 409 when listed).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public WatchedWordView add(NewWatchedWord input) {
    NewWatchedWord given = input == null ? new NewWatchedWord(null, null, null) : input;
    WatchedWord word =
        new WatchedWord(given.term(), action(given.action()), given.language(), clock.instant());
    if (repository.watchedWord(word.getTerm()).isPresent()) {
      throw new ConflictException("term", "moderation.termListed", word.getTerm());
    }
    repository.add(word);
    repository.flush();
    audit.record(
        AuditEvent.of("WATCHED_WORD_ADD", AuditOutcome.SUCCESS)
            .object("WatchedWord", word.getId())
            .detail(word.getAction().name()));
    return WatchedWordView.of(word);
  }

  /** Changes a word's action. */
  @RolesAllowed(Role.Names.ADMIN)
  public WatchedWordView change(long id, NewWatchedWord input) {
    WatchedWord word = find(id);
    word.change(action(input == null ? null : input.action()));
    audit.record(
        AuditEvent.of("WATCHED_WORD_CHANGE", AuditOutcome.SUCCESS).object("WatchedWord", id));
    return WatchedWordView.of(word);
  }

  /** Removes a word. */
  @RolesAllowed(Role.Names.ADMIN)
  public void remove(long id) {
    repository.removeWatchedWord(find(id));
    audit.record(
        AuditEvent.of("WATCHED_WORD_REMOVE", AuditOutcome.SUCCESS).object("WatchedWord", id));
  }

  private WatchedWord find(long id) {
    return repository
        .watchedWord(id)
        .orElseThrow(() -> new NotFoundException("moderation.termNotFound"));
  }

  private static WatchedWordAction action(String name) {
    try {
      return WatchedWordAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException unknown) {
      throw new InvalidInputException("action", "moderation.actionUnknown");
    }
  }
}
