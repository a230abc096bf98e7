package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.CommunityRepository;
import health.salus.community.control.SharingRepository;
import health.salus.community.entity.Audience;
import health.salus.community.entity.ChosenReader;
import health.salus.community.entity.StatusUpdate;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.boundary.ContentScreening;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Health-status updates shared with an audience the author chooses: only themself (the default),
 * their connections, some of their connections, or a support group they belong to. Nobody outside
 * the audience sees an update in any list or by its id (404, audited as denied): every read goes
 * through the one readable query of {@link SharingRepository}. The author changes the audience or
 * deletes the update; a connection removed is out of the audience at once. Every read is audited,
 * as a read of each patient whose updates were shown.
 */
@Stateless
@RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
public class StatusUpdateService {

  public static final int FEED_SIZE = 20;

  @Inject SharingRepository repository;
  @Inject CommunityRepository community;
  @Inject Memberships memberships;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject ContentScreening screening;
  @Inject Clock clock;

  /**
   * The caller shares an update with the audience chosen (only themself without one). Text missing
   * or too long, a wellbeing level out of 1 to 5 or an unknown audience: 400; a chosen person who
   * is not a connection, no one chosen, or a group the caller is not a member of: 422. Screened as
   * posts are ({@link ContentScreening#screenStored}): a blocking watched word 422, nothing stored;
   * a holding word or words of a crisis hold it (its author alone sees it until a moderator
   * approves it; a crisis alerts the moderators at once); a flagging word flags it.
   */
  public StatusUpdateView share(NewStatusUpdate input) {
    NewStatusUpdate given =
        input == null ? new NewStatusUpdate(null, null, null, null, null) : input;
    UserAccount me = callers.account();
    Instant now = clock.instant();
    StatusUpdate update = new StatusUpdate(me, given.text(), given.wellbeing(), now);
    repository.add(update);
    List<String> chosen = shareWith(update, me, given.audienceChoice(), now);
    repository.flush();
    screening.screenStored(update);
    repository.flush();
    audit.record(
        AuditEvent.of("STATUS_UPDATE_SHARE", AuditOutcome.SUCCESS)
            .aboutPatient(callers.current().patientId())
            .object("StatusUpdate", update.getId())
            .detail(update.getAudience().name()));
    return StatusUpdateView.of(update, me.getId(), chosen);
  }

  /** The author changes who sees the update, as {@link #share} checks it; others 403 or 404. */
  public StatusUpdateView changeAudience(long updateId, AudienceChoice choice) {
    UserAccount me = callers.account();
    StatusUpdate update = own(updateId, me.getId());
    repository.forgetChosenOf(updateId);
    List<String> chosen = shareWith(update, me, choice, clock.instant());
    audit.record(
        AuditEvent.of("STATUS_UPDATE_AUDIENCE", AuditOutcome.SUCCESS)
            .aboutPatient(callers.current().patientId())
            .object("StatusUpdate", updateId)
            .detail(update.getAudience().name()));
    return StatusUpdateView.of(update, me.getId(), chosen);
  }

  /** The author deletes the update: nobody sees it any more. Others 403 or 404. */
  public void delete(long updateId) {
    UserAccount me = callers.account();
    StatusUpdate update = own(updateId, me.getId());
    repository.forgetChosenOf(updateId);
    repository.remove(update);
    audit.record(
        AuditEvent.of("STATUS_UPDATE_DELETE", AuditOutcome.SUCCESS)
            .aboutPatient(callers.current().patientId())
            .object("StatusUpdate", updateId));
  }

  /**
   * A page of the updates the caller may see (their own among them), newest first; {@code after}
   * the cursor of the previous page (malformed: 400).
   */
  public UpdateFeed feed(String after, int size) {
    long me = callers.account().getId();
    int pageSize = pageSize(size);
    return page(repository.feed(me, CommunityService.cursor(after), pageSize + 1), pageSize, me);
  }

  /** A page of the caller's own updates, newest first, paged as {@link #feed}. */
  public UpdateFeed mine(String after, int size) {
    long me = callers.account().getId();
    int pageSize = pageSize(size);
    return page(
        repository.byAuthor(me, CommunityService.cursor(after), pageSize + 1), pageSize, me);
  }

  /** One update, if the caller may see it; else 404 (audited as denied). */
  public StatusUpdateView update(long updateId) {
    long me = callers.account().getId();
    StatusUpdate update = readable(updateId, me);
    audited(List.of(update));
    return StatusUpdateView.of(update, me, chosenOf(update, me));
  }

  private UpdateFeed page(List<StatusUpdate> found, int pageSize, long me) {
    boolean more = found.size() > pageSize;
    List<StatusUpdate> page = more ? found.subList(0, pageSize) : found;
    audited(page);
    List<StatusUpdateView> items =
        page.stream().map(u -> StatusUpdateView.of(u, me, chosenOf(u, me))).toList();
    return new UpdateFeed(items, more ? Long.toString(page.get(page.size() - 1).getId()) : null);
  }

  private static int pageSize(int size) {
    return Math.max(1, Math.min(size, Page.MAX_SIZE));
  }

  private List<String> chosenOf(StatusUpdate update, long me) {
    if (!update.isBy(me) || update.getAudience() != Audience.CHOSEN) {
      return List.of();
    }
    return repository.chosenReaders(update.getId()).stream()
        .map(r -> r.getReader().getUsername())
        .toList();
  }

  /** One read entry per patient whose updates were shown, and one for updates of carers. */
  private void audited(List<StatusUpdate> shown) {
    if (shown.isEmpty()) {
      return;
    }
    Map<Long, Long> patients =
        repository.patientIdsOf(shown.stream().map(u -> u.getAuthor().getId()).distinct().toList());
    List<StatusUpdate> ofPatients =
        shown.stream().filter(u -> patients.containsKey(u.getAuthor().getId())).toList();
    List<AuditEvent> events =
        new ArrayList<>(
            AuditEvent.readsPerPatient(
                "STATUS_UPDATE_READ",
                ofPatients,
                u -> patients.get(u.getAuthor().getId()),
                StatusUpdate::getId,
                "updates"));
    List<String> others =
        shown.stream()
            .filter(u -> !patients.containsKey(u.getAuthor().getId()))
            .map(u -> Long.toString(u.getId()))
            .toList();
    if (!others.isEmpty()) {
      events.add(
          AuditEvent.of("STATUS_UPDATE_READ", AuditOutcome.SUCCESS)
              .detail("updates " + String.join(",", others)));
    }
    audit.recordAll(events);
  }

  private StatusUpdate readable(long updateId, long me) {
    return repository
        .readableUpdate(updateId, me)
        .orElseThrow(
            () -> {
              audit.record(
                  AuditEvent.of("STATUS_UPDATE_READ", AuditOutcome.DENIED)
                      .object("StatusUpdate", updateId));
              return new NotFoundException("sharing.updateNotFound");
            });
  }

  private StatusUpdate own(long updateId, long me) {
    StatusUpdate update = readable(updateId, me);
    if (!update.isBy(me)) {
      throw new AccessDeniedException("sharing.authorOnly");
    }
    return update;
  }

  /** Applies the audience chosen; answers the usernames chosen (CHOSEN), else none. */
  private List<String> shareWith(
      StatusUpdate update, UserAccount me, AudienceChoice choice, Instant at) {
    AudienceChoice given = choice == null ? new AudienceChoice(null, null, null) : choice;
    Audience audience = audience(given.audience());
    SupportGroup group = audience == Audience.GROUP ? groupOf(given.groupId()) : null;
    update.shareWith(audience, group, at);
    if (audience != Audience.CHOSEN) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    if (given.chosenUsernames() != null) {
      given.chosenUsernames().stream()
          .filter(n -> n != null && !n.isBlank())
          .forEach(n -> names.add(UserAccount.normalise(n.strip())));
    }
    if (names.isEmpty()) {
      throw RuleViolationException.about("chosenUsernames", "sharing.chooseSomeone");
    }
    Map<String, UserAccount> connected = repository.connectedAmong(me.getId(), names);
    for (String name : names) {
      UserAccount reader = connected.get(name);
      if (reader == null) {
        throw RuleViolationException.about("chosenUsernames", "sharing.notAConnection", name);
      }
      repository.add(new ChosenReader(update, reader));
    }
    return List.copyOf(names);
  }

  private SupportGroup groupOf(Long groupId) {
    if (groupId == null) {
      throw RuleViolationException.about("groupId", "sharing.groupRequired");
    }
    CurrentCaller caller = callers.current();
    return community
        .group(groupId)
        .filter(g -> memberships.active(groupId, caller).isPresent())
        .orElseThrow(() -> RuleViolationException.about("groupId", "sharing.notInGroup"));
  }

  private static Audience audience(String name) {
    if (name == null || name.isBlank()) {
      return Audience.ONLY_ME;
    }
    try {
      return Audience.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("audience", "sharing.audienceUnknown");
    }
  }
}
