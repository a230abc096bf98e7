package health.salus.moderation.boundary;

import health.salus.moderation.control.SanctionRepository;
import health.salus.moderation.entity.Sanction;
import health.salus.moderation.entity.SanctionKind;
import health.salus.shared.boundary.AccessDeniedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A member's standing in the community, asked inside the community's boundary at the moment of use:
 * a suspended member may neither read nor write (403, saying until when), a silenced one may read
 * but not post, comment or react (403). A sanction ends by itself at its time.
 */
@Dependent
public class Standing {

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject SanctionRepository repository;
  @Inject Clock clock;

  /** Refuses a suspended member the community as a whole (a suspension in every group). */
  public void mayEnter(Long accountId) {
    strongest(accountId, null)
        .filter(s -> s.getKind() == SanctionKind.SUSPEND)
        .ifPresent(s -> refuse("moderation.suspendedUntil", s));
  }

  /** Refuses a member suspended in this group (or everywhere) reading it. */
  public void mayRead(long groupId, Long accountId) {
    strongest(accountId, groupId)
        .filter(s -> s.getKind() == SanctionKind.SUSPEND)
        .ifPresent(s -> refuse("moderation.suspendedUntil", s));
  }

  /** Refuses a member silenced or suspended in this group (or everywhere) writing there. */
  public void mayWrite(long groupId, Long accountId) {
    strongest(accountId, groupId)
        .ifPresent(
            s ->
                refuse(
                    s.getKind() == SanctionKind.SUSPEND
                        ? "moderation.suspendedUntil"
                        : "moderation.silencedUntil",
                    s));
  }

  /**
   * Refuses a member silenced or suspended in the whole community writing what everyone reads
   * outside the groups (a review of a health service).
   */
  public void mayWriteAnywhere(Long accountId) {
    strongest(accountId, null)
        .ifPresent(
            s ->
                refuse(
                    s.getKind() == SanctionKind.SUSPEND
                        ? "moderation.suspendedUntil"
                        : "moderation.silencedUntil",
                    s));
  }

  /** The sanction in force here that restricts most (a suspension before a silence). */
  private Optional<Sanction> strongest(Long accountId, Long groupId) {
    if (accountId == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return repository.inForce(accountId, now).stream()
        .filter(s -> groupId == null ? s.getGroup() == null : s.holdsIn(groupId, now))
        .filter(s -> s.holdsAt(now))
        .max(
            (a, b) ->
                a.getKind() != b.getKind()
                    ? a.getKind().compareTo(b.getKind())
                    : a.getUntil().compareTo(b.getUntil()));
  }

  private static void refuse(String key, Sanction sanction) {
    throw new AccessDeniedException(key, UNTIL.format(sanction.getUntil()));
  }
}
