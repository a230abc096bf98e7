package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.Comment;
import health.salus.community.entity.Membership;
import health.salus.community.entity.Post;
import health.salus.community.entity.PostRevision;
import health.salus.community.entity.Reaction;
import health.salus.community.entity.ReactionKind;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.moderation.boundary.ContentScreening;
import health.salus.moderation.control.WatchedWordMatcher.Match;
import health.salus.moderation.entity.WatchedWordAction;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Support groups and their conversation: list and join groups, read a group's feed, post, comment,
 * react, and edit or delete one's own posts. Who reads and who moderates is decided by {@link
 * Memberships}; what members write is screened against the watched words ({@link
 * ContentScreening}): a blocking word refuses it (422), a holding word holds it for review, a
 * flagging word flags it; words of a crisis hold it and alert the moderators at once, and personal
 * identifiers are refused (422) until the author confirms them. A member who is not yet trusted has
 * their posts held until a moderator approves them.
 */
@Stateless
public class CommunityService {

  public static final int FEED_SIZE = 20;

  @Inject CommunityRepository repository;
  @Inject Memberships memberships;
  @Inject ContentScreening screening;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Every group, with whether the caller belongs to it or moderates it. */
  @PermitAll
  @AnySignedIn
  public List<GroupView> groups() {
    CurrentCaller caller = callers.current();
    memberships.mayEnter(caller);
    Map<Long, Membership> mine =
        caller.accountId() == null
            ? Map.of()
            : repository.membershipsOf(caller.accountId()).stream()
                .collect(Collectors.toMap(m -> m.getGroup().getId(), Function.identity()));
    return repository.groups().stream().map(g -> view(g, mine.get(g.getId()), caller)).toList();
  }

  /** One group as the caller sees it; a private group they do not belong to is not found (404). */
  @PermitAll
  @AnySignedIn
  public GroupView group(long groupId) {
    CurrentCaller caller = callers.current();
    SupportGroup group = memberships.readable(groupId, caller);
    return view(group, memberships.of(groupId, caller).orElse(null), caller);
  }

  private GroupView view(SupportGroup group, Membership membership, CurrentCaller caller) {
    boolean moderator =
        caller.has(Role.MODERATOR)
            || (membership != null && membership.isActive() && membership.isModerator());
    return GroupView.of(group, membership, moderator);
  }

  /**
   * The caller joins a group: a member at once in an open group, pending a moderator's approval in
   * a private one. Joining again answers the membership as it is. An unknown group is 404.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public GroupView join(long groupId) {
    CurrentCaller caller = callers.current();
    SupportGroup group =
        repository
            .group(groupId)
            .orElseThrow(() -> new NotFoundException("community.groupNotFound"));
    Optional<Membership> existing = memberships.of(groupId, caller);
    if (existing.isPresent()) {
      return view(group, existing.get(), caller);
    }
    Membership membership = new Membership(group, callers.account(), clock.instant());
    try {
      repository.add(membership);
      repository.flush();
    } catch (PersistenceException raced) {
      throw new ConflictException(null, "community.joinRaced");
    }
    audit.record(
        AuditEvent.of("COMMUNITY_JOIN", AuditOutcome.SUCCESS)
            .object("SupportGroup", groupId)
            .detail(membership.getStatus().name()));
    return view(group, membership, caller);
  }

  /**
   * A page of the group's feed, newest first: the published posts, and the caller's own held,
   * hidden or removed ones with their status. {@code after} is the cursor of the previous page
   * ({@link Feed#next}); a malformed one is 400. Readable by any signed-in user for an open group,
   * by members and moderators for a private one; else 404.
   */
  @PermitAll
  @AnySignedIn
  public Feed feed(long groupId, String after, int size) {
    CurrentCaller caller = callers.current();
    memberships.readable(groupId, caller);
    Long before = cursor(after);
    int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    List<Post> found = repository.feed(groupId, caller.accountId(), before, pageSize + 1);
    return page(groupId, caller, found, pageSize);
  }

  /** The longest search a group's search box takes. */
  public static final int SEARCH_MAX = 100;

  /**
   * How many of a group's published posts one page of a search reads at most (newest first from the
   * cursor): a word matches anywhere, so no index finds it, and without a bound a rare word would
   * read every post of the group for each page.
   */
  public static final int SEARCH_WINDOW = 1000;

  /**
   * A page of the group's posts whose title or body holds the words {@code q}, newest first, as the
   * feed shows them (the published posts and the caller's own; never others' held, hidden or
   * removed posts), paged by the cursor as {@link #feed}. The words match anywhere, without case,
   * Chinese too; blank or longer than {@link #SEARCH_MAX} is 400. A page reads the next {@link
   * #SEARCH_WINDOW} published posts at most: when they hold fewer matches than a page, the page is
   * short (or empty) and {@code next} still leads on to the older posts; null only once the group's
   * oldest post was read. Readable as {@link #feed}; audited with the group (not the words, which
   * may be about the caller's health).
   */
  @PermitAll
  @AnySignedIn
  public Feed search(long groupId, String q, String after, int size) {
    CurrentCaller caller = callers.current();
    if (q == null || q.isBlank()) {
      throw new InvalidInputException("q", "community.searchRequired");
    }
    String words = q.strip();
    if (words.length() > SEARCH_MAX) {
      throw new InvalidInputException("q", "community.textTooLong", SEARCH_MAX);
    }
    memberships.readable(groupId, caller);
    Long before = cursor(after);
    int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    Long floor = repository.searchFloor(groupId, before, SEARCH_WINDOW).orElse(null);
    List<Post> found =
        repository.search(groupId, caller.accountId(), words, before, floor, pageSize + 1);
    audit.record(
        AuditEvent.of("COMMUNITY_SEARCH", AuditOutcome.SUCCESS).object("SupportGroup", groupId));
    Feed page = page(groupId, caller, found, pageSize);
    return page.next() == null && floor != null
        ? new Feed(page.items(), Long.toString(floor))
        : page;
  }

  private Feed page(long groupId, CurrentCaller caller, List<Post> found, int pageSize) {
    boolean more = found.size() > pageSize;
    List<Post> page = more ? found.subList(0, pageSize) : found;
    boolean moderator = memberships.moderates(groupId, caller);
    List<PostView> items =
        page.stream().map(p -> PostView.of(p, caller.accountId(), moderator)).toList();
    return new Feed(items, more ? Long.toString(page.get(page.size() - 1).getId()) : null);
  }

  /**
   * A page of the group's published posts, most helpful first (then newest), paged by cursor as
   * {@link #feed}: {@code next} names the last post's helpful count and id ({@code "3:1234"}), to
   * pass back as {@code after}; a malformed one is 400. Readable as {@link #feed}.
   */
  @PermitAll
  @AnySignedIn
  public Feed mostHelpful(long groupId, String after, int size) {
    CurrentCaller caller = callers.current();
    memberships.readable(groupId, caller);
    long[] from = helpfulCursor(after);
    int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    List<Post> found =
        from == null
            ? repository.mostHelpful(groupId, null, null, pageSize + 1)
            : repository.mostHelpful(groupId, (int) from[0], from[1], pageSize + 1);
    boolean more = found.size() > pageSize;
    List<Post> page = more ? found.subList(0, pageSize) : found;
    boolean moderator = memberships.moderates(groupId, caller);
    Post last = page.isEmpty() ? null : page.get(page.size() - 1);
    return new Feed(
        page.stream().map(p -> PostView.of(p, caller.accountId(), moderator)).toList(),
        more ? last.getHelpfulCount() + ":" + last.getId() : null);
  }

  /** The helpful count and id of a most-helpful cursor ("3:1234"), null for none; else 400. */
  static long[] helpfulCursor(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    String[] parts = after.strip().split(":", -1);
    try {
      if (parts.length == 2) {
        int helpful = Integer.parseInt(parts[0]);
        long id = Long.parseLong(parts[1]);
        if (helpful >= 0 && id > 0) {
          return new long[] {helpful, id};
        }
      }
    } catch (NumberFormatException malformed) {
      // answered below
    }
    throw new InvalidInputException("after", "community.cursorInvalid");
  }

  static Long cursor(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(after.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException malformed) {
      // answered below
    }
    throw new InvalidInputException("after", "community.cursorInvalid");
  }

  /**
   * An active member posts to the group: published, or held for review when a watched word asks for
   * it or the member is not yet trusted; a blocking watched word refuses it (422). A caller who may
   * read the group but is not a member is refused (403); one who may not read it gets 404.
   */
  @PermitAll
  @AnySignedIn
  public Created post(long groupId, NewPost input) {
    CurrentCaller caller = callers.current();
    SupportGroup group = memberships.readable(groupId, caller);
    Membership member = memberships.writer(groupId, caller);
    NewPost given = input == null ? new NewPost(null, null, null) : input;
    Post post = new Post(group, callers.account(), given.title(), given.body(), clock.instant());
    Optional<Match> watched = screening.screen(post.getTitle(), post.getBody());
    screening.warnOfPersonalDetails(given.confirmed(), post.getTitle(), post.getBody());
    Optional<String> crisis = screening.crisis(post.getTitle(), post.getBody());
    repository.add(post);
    if (crisis.isPresent()) {
      post.hold(ContentScreening.HELD_CRISIS + crisis.get());
    } else if (watched.isPresent() && watched.get().action() == WatchedWordAction.HOLD) {
      post.hold(ContentScreening.HELD_WATCHED_WORD + watched.get().term());
    } else if (!member.isTrusted()) {
      post.hold(Post.HELD_NEW_MEMBER);
    }
    repository.flush();
    if (watched.isPresent() && watched.get().action() == WatchedWordAction.FLAG) {
      screening.flagBySystem(post, watched.get().term());
    }
    if (crisis.isPresent()) {
      screening.crisisHeld("POST", post.getId(), post);
    }
    audit.record(
        AuditEvent.of("COMMUNITY_POST", AuditOutcome.SUCCESS)
            .object("Post", post.getId())
            .detail(post.getStatus().name()));
    return new Created(post.getId(), post.getStatus().name(), crisis.isPresent());
  }

  /**
   * A post with its comments, for a caller who may read it: published, or their own, or any in a
   * group they moderate; else 404.
   */
  @PermitAll
  @AnySignedIn
  public PostDetail post(long postId) {
    CurrentCaller caller = callers.current();
    Post post = memberships.readablePost(postId, caller, false);
    boolean moderator = memberships.moderates(post.getGroup().getId(), caller);
    List<CommentView> comments =
        repository.comments(postId, caller.accountId()).stream()
            .map(c -> CommentView.of(c, caller.accountId()))
            .toList();
    List<String> mine =
        caller.accountId() == null
            ? List.of()
            : repository.reactionsOf(postId, caller.accountId()).stream().map(Enum::name).toList();
    return new PostDetail(
        PostView.of(post, caller.accountId(), moderator),
        comments,
        repository.countReactions(postId, ReactionKind.THANKS),
        mine,
        memberships.active(post.getGroup().getId(), caller).isPresent());
  }

  /**
   * An active member of the post's group comments on a published post: published, or held for
   * review when a holding watched word is in it (a flagging one flags it: it waits for review
   * published); a blocking one refuses it (422).
   */
  @PermitAll
  @AnySignedIn
  public Created comment(long postId, NewComment input) {
    CurrentCaller caller = callers.current();
    Post post = memberships.readablePost(postId, caller, false);
    memberships.writer(post.getGroup().getId(), caller);
    if (!post.isPublished()) {
      throw new health.salus.shared.boundary.RuleViolationException("community.notPublished");
    }
    NewComment given = input == null ? new NewComment(null, null) : input;
    Comment comment = new Comment(post, callers.account(), given.body(), clock.instant());
    Optional<Match> watched = screening.screen(comment.getBody());
    screening.warnOfPersonalDetails(given.confirmed(), comment.getBody());
    Optional<String> crisis = screening.crisis(comment.getBody());
    if (crisis.isPresent()) {
      comment.hold(ContentScreening.HELD_CRISIS + crisis.get());
    } else if (watched.isPresent() && watched.get().action() == WatchedWordAction.HOLD) {
      comment.hold(ContentScreening.HELD_WATCHED_WORD + watched.get().term());
    }
    repository.add(comment);
    repository.flush();
    if (watched.isPresent() && watched.get().action() == WatchedWordAction.FLAG) {
      screening.flagBySystem(comment, watched.get().term());
    }
    if (crisis.isPresent()) {
      screening.crisisHeld("COMMENT", comment.getId(), post);
    }
    audit.record(
        AuditEvent.of("COMMUNITY_COMMENT", AuditOutcome.SUCCESS)
            .object("Comment", comment.getId())
            .detail(comment.getStatus().name()));
    return new Created(comment.getId(), comment.getStatus().name(), crisis.isPresent());
  }

  /**
   * An active member reacts to a published post ({@code HELPFUL} or {@code THANKS}, else 400);
   * answers whether this is a new reaction (once per member and kind; again changes nothing).
   */
  @PermitAll
  @AnySignedIn
  public boolean react(long postId, NewReaction input) {
    CurrentCaller caller = callers.current();
    ReactionKind kind = reactionKind(input == null ? null : input.kind());
    Post post = memberships.readablePost(postId, caller, true);
    memberships.writer(post.getGroup().getId(), caller);
    if (!post.isPublished()) {
      throw new health.salus.shared.boundary.RuleViolationException("community.notPublished");
    }
    if (repository.reacted(postId, caller.accountId(), kind)) {
      return false;
    }
    repository.add(new Reaction(post, callers.account(), kind, clock.instant()));
    if (kind == ReactionKind.HELPFUL) {
      post.reactedHelpful();
    }
    return true;
  }

  private static ReactionKind reactionKind(String name) {
    try {
      return ReactionKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException unknown) {
      throw new InvalidInputException("kind", "community.reactionUnknown");
    }
  }

  /**
   * The author edits their post; the old text is kept. Screened again: a blocking word refuses it
   * (422), a holding word holds it. Someone else's post is 404 (or 403 when they may read it).
   */
  @PermitAll
  @AnySignedIn
  public Created edit(long postId, NewPost input) {
    CurrentCaller caller = callers.current();
    Post post = ownPost(postId, caller);
    memberships.mayWrite(post.getGroup().getId(), caller);
    NewPost given = input == null ? new NewPost(null, null, null) : input;
    Optional<Match> watched = screening.screen(given.title(), given.body());
    screening.warnOfPersonalDetails(given.confirmed(), given.title(), given.body());
    Optional<String> crisis = screening.crisis(given.title(), given.body());
    repository.add(new PostRevision(post, clock.instant()));
    post.edit(given.title(), given.body(), clock.instant());
    if (crisis.isPresent()) {
      post.hold(ContentScreening.HELD_CRISIS + crisis.get());
    } else if (watched.isPresent() && watched.get().action() == WatchedWordAction.HOLD) {
      post.hold(ContentScreening.HELD_WATCHED_WORD + watched.get().term());
    }
    repository.flush();
    if (watched.isPresent() && watched.get().action() == WatchedWordAction.FLAG) {
      screening.flagBySystem(post, watched.get().term());
    }
    if (crisis.isPresent()) {
      screening.crisisHeld("POST", post.getId(), post);
    }
    audit.record(AuditEvent.of("COMMUNITY_POST_EDIT", AuditOutcome.SUCCESS).object("Post", postId));
    return new Created(post.getId(), post.getStatus().name(), crisis.isPresent());
  }

  /** The author deletes their post; nobody sees it any more. */
  @PermitAll
  @AnySignedIn
  public void delete(long postId) {
    CurrentCaller caller = callers.current();
    ownPost(postId, caller).delete();
    audit.record(
        AuditEvent.of("COMMUNITY_POST_DELETE", AuditOutcome.SUCCESS).object("Post", postId));
  }

  private Post ownPost(long postId, CurrentCaller caller) {
    Post post = memberships.readablePost(postId, caller, true);
    if (!post.getAuthor().getId().equals(caller.accountId())) {
      throw new AccessDeniedException("community.authorOnly");
    }
    return post;
  }
}
