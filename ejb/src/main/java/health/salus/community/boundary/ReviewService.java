package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.ReviewRepository;
import health.salus.community.control.ReviewRepository.Subject;
import health.salus.community.entity.ServiceReview;
import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.moderation.boundary.ContentScreening;
import health.salus.moderation.boundary.Standing;
import health.salus.moderation.control.WatchedWordMatcher.Match;
import health.salus.moderation.entity.WatchedWordAction;
import health.salus.scheduling.boundary.VisitHistory;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews of health services: a patient rates (1–5) and reviews a practitioner or a site they were
 * seen by or at (an appointment completed, or booked and begun; else 422), once per subject (again:
 * 409, the first one is changed instead, {@link #edit}). What they write is screened like a post
 * ({@link ContentScreening}: a blocking watched word refuses it, a holding one or words of a crisis
 * hold it for the moderators, a flagging one flags it); moderators act on it from the review queue
 * ({@code ModerationService}). Everyone signed in reads the published reviews with their average
 * and count; the author also sees their own, with the moderator's note. The practitioner reviewed,
 * a practitioner of the site reviewed, and front-desk staff and administrators reply publicly, once
 * per review. Every change is audited.
 */
@Stateless
public class ReviewService {

  /** The most reviews one page lists. */
  public static final int MAX_SIZE = 50;

  @Inject ReviewRepository repository;
  @Inject ReviewRatings ratings;
  @Inject VisitHistory visits;
  @Inject ContentScreening screening;
  @Inject Standing standing;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A practitioner's published reviews with their average and count; an unknown one is 404. */
  @PermitAll
  @AnySignedIn
  public ReviewList ofPractitioner(long practitionerId, int page, int size) {
    Practitioner practitioner = practitioner(practitionerId);
    return list(
        Subject.PRACTITIONER,
        practitionerId,
        practitioner.getAccount().getFullName(),
        practitioner.getSite() == null ? null : practitioner.getSite().getId(),
        page,
        size);
  }

  /** A site's published reviews with their average and count; an unknown one is 404. */
  @PermitAll
  @AnySignedIn
  public ReviewList ofSite(long siteId, int page, int size) {
    Site site = site(siteId);
    return list(Subject.SITE, siteId, site.getName(), siteId, page, size);
  }

  /** The ratings of these practitioners (for the directory's pages). */
  @PermitAll
  @AnySignedIn
  public Map<Long, ReviewRating> practitionerRatings(Collection<Long> practitionerIds) {
    return ratings.ofPractitioners(practitionerIds);
  }

  /** The ratings of these sites (for the directory's pages). */
  @PermitAll
  @AnySignedIn
  public Map<Long, ReviewRating> siteRatings(Collection<Long> siteIds) {
    return ratings.ofSites(siteIds);
  }

  /**
   * The calling patient reviews a practitioner who saw them; 403 for anyone but a patient, 404 for
   * an unknown practitioner, 422 when the patient was never seen by them, 409 when they reviewed
   * them already, 400 for a rating outside 1–5 or a missing or too long text.
   */
  @PermitAll
  @AnySignedIn
  public Created reviewPractitioner(long practitionerId, NewReview input) {
    Patient patient = reviewer();
    Practitioner practitioner = practitioner(practitionerId);
    if (!visits.seenBy(patient.getId(), practitionerId)) {
      throw new RuleViolationException("review.notSeenByPractitioner");
    }
    NewReview given = given(input);
    return write(
        ServiceReview.ofPractitioner(
            callers.account(),
            patient,
            practitioner,
            given.rating(),
            given.body(),
            clock.instant()),
        Subject.PRACTITIONER,
        practitionerId,
        given);
  }

  /**
   * The calling patient reviews a site where they were seen; as {@link #reviewPractitioner} (422
   * when never seen there).
   */
  @PermitAll
  @AnySignedIn
  public Created reviewSite(long siteId, NewReview input) {
    Patient patient = reviewer();
    Site site = site(siteId);
    if (!visits.seenAt(patient.getId(), siteId)) {
      throw new RuleViolationException("review.notSeenAtSite");
    }
    NewReview given = given(input);
    return write(
        ServiceReview.ofSite(
            callers.account(), patient, site, given.rating(), given.body(), clock.instant()),
        Subject.SITE,
        siteId,
        given);
  }

  private Created write(ServiceReview review, Subject subject, long subjectId, NewReview given) {
    if (repository.reviewBy(review.getPatient().getId(), subject, subjectId).isPresent()) {
      throw new ConflictException(null, "review.reviewedAlready");
    }
    Optional<Match> watched = screen(review, given);
    repository.add(review);
    try {
      repository.flush();
    } catch (PersistenceException twice) {
      // The same patient's other review of the subject won the key in the meantime.
      throw new ConflictException(null, "review.reviewedAlready");
    }
    afterScreening(review, watched);
    audit.record(
        AuditEvent.of("REVIEW_WRITE", AuditOutcome.SUCCESS)
            .object("ServiceReview", review.getId())
            .aboutPatient(review.getPatient().getId())
            .detail(subject.name() + " " + subjectId + " " + review.getStatus().name()));
    return new Created(review.getId(), review.getStatus().name(), heldForCrisis(review));
  }

  /**
   * The author changes their review's rating and text, screened again (a published review may now
   * be held); 404 for anyone else, 422 once removed, 400 for bad input.
   */
  @PermitAll
  @AnySignedIn
  public Created edit(long reviewId, NewReview input) {
    CurrentCaller caller = callers.current();
    ServiceReview review =
        repository
            .lockedReview(reviewId)
            .filter(r -> r.getAuthor().getId().equals(caller.accountId()))
            .filter(r -> r.visibleTo(caller.accountId()))
            .orElseThrow(() -> new NotFoundException("review.notFound"));
    standing.mayWriteAnywhere(caller.accountId());
    NewReview given = given(input);
    review.edit(given.rating(), given.body(), clock.instant());
    Optional<Match> watched = screen(review, given);
    afterScreening(review, watched);
    repository.flush();
    audit.record(
        AuditEvent.of("REVIEW_EDIT", AuditOutcome.SUCCESS)
            .object("ServiceReview", reviewId)
            .aboutPatient(review.getPatient().getId())
            .detail(review.getStatus().name()));
    return new Created(review.getId(), review.getStatus().name(), heldForCrisis(review));
  }

  /**
   * Staff answer a published review publicly, once (409 again): the practitioner reviewed, a
   * practitioner of the site reviewed, front-desk staff or an administrator (403 for anyone else
   * who may read it, 404 for one who may not); 400 without a text.
   */
  @PermitAll
  @AnySignedIn
  public ReviewView reply(long reviewId, NewReply input) {
    CurrentCaller caller = callers.current();
    ServiceReview review =
        repository
            .lockedReview(reviewId)
            .filter(r -> r.visibleTo(caller.accountId()))
            .orElseThrow(() -> new NotFoundException("review.notFound"));
    if (!answers(review, caller)) {
      throw new AccessDeniedException("review.staffOnly");
    }
    review.reply(callers.account(), input == null ? null : input.body(), clock.instant());
    repository.flush();
    audit.record(
        AuditEvent.of("REVIEW_REPLY", AuditOutcome.SUCCESS).object("ServiceReview", reviewId));
    return ReviewView.of(review, false, false);
  }

  /** One review as the caller may see it (published, or their own); else 404. */
  @PermitAll
  @AnySignedIn
  public ReviewView review(long reviewId) {
    CurrentCaller caller = callers.current();
    ServiceReview review =
        repository
            .review(reviewId)
            .filter(r -> r.visibleTo(caller.accountId()))
            .orElseThrow(() -> new NotFoundException("review.notFound"));
    return view(review, caller);
  }

  private ReviewList list(
      Subject subject, long subjectId, String name, Long siteId, int page, int size) {
    CurrentCaller caller = callers.current();
    int shown = Math.min(Math.max(size, 1), MAX_SIZE);
    ReviewRating rating =
        ratings.of(subject, List.of(subjectId)).getOrDefault(subjectId, ReviewRating.NONE);
    List<ReviewView> items =
        repository.published(subject, subjectId, Math.max(page, 0), shown).stream()
            .map(r -> view(r, caller))
            .toList();
    Optional<ServiceReview> own =
        caller.patientId() == null
            ? Optional.empty()
            : repository.reviewBy(caller.patientId(), subject, subjectId);
    boolean mayWrite =
        caller.patientId() != null
            && own.isEmpty()
            && (subject == Subject.PRACTITIONER
                ? visits.seenBy(caller.patientId(), subjectId)
                : visits.seenAt(caller.patientId(), subjectId));
    return new ReviewList(
        subject.name(),
        subjectId,
        name,
        rating,
        items,
        rating.count(),
        Math.max(page, 0),
        shown,
        own.filter(r -> r.visibleTo(caller.accountId())).map(r -> view(r, caller)).orElse(null),
        mayWrite);
  }

  private ReviewView view(ServiceReview review, CurrentCaller caller) {
    boolean mine = review.getAuthor().getId().equals(caller.accountId());
    boolean mayReply =
        review.isPublished() && review.getReplyBody() == null && answers(review, caller);
    return ReviewView.of(review, mine, mayReply);
  }

  /** Who answers for the subject: its practitioner (or one of its site's), desk staff, admins. */
  private boolean answers(ServiceReview review, CurrentCaller caller) {
    if (caller.isStaff() || caller.has(Role.ADMIN)) {
      return true;
    }
    if (caller.practitionerId() == null) {
      return false;
    }
    if (review.getPractitioner() != null) {
      return caller.isPractitioner(review.getPractitioner().getId());
    }
    return repository
        .practitioner(caller.practitionerId())
        .map(p -> p.getSite() != null && p.getSite().getId().equals(review.getSite().getId()))
        .orElse(false);
  }

  private Optional<Match> screen(ServiceReview review, NewReview given) {
    Optional<Match> watched = screening.screen(review.getBody());
    screening.warnOfPersonalDetails(given.confirmed(), review.getBody());
    Optional<String> crisis = screening.crisis(review.getBody());
    if (crisis.isPresent()) {
      review.hold(ContentScreening.HELD_CRISIS + crisis.get());
    } else if (watched.isPresent() && watched.get().action() == WatchedWordAction.HOLD) {
      review.hold(ContentScreening.HELD_WATCHED_WORD + watched.get().term());
    }
    return watched;
  }

  /**
   * Once the review has its id: a flagging word flags it, and words of a crisis alert the
   * moderators at once, as for posts.
   */
  private void afterScreening(ServiceReview review, Optional<Match> watched) {
    if (watched.isPresent() && watched.get().action() == WatchedWordAction.FLAG) {
      screening.flagBySystem(review, watched.get().term());
    }
    if (screening.crisis(review.getBody()).isPresent()) {
      screening.crisisHeld(review);
    }
  }

  private static boolean heldForCrisis(ServiceReview review) {
    return review.getHeldReason() != null
        && review.getHeldReason().startsWith(ContentScreening.HELD_CRISIS);
  }

  private Patient reviewer() {
    CurrentCaller caller = callers.current();
    if (caller.patientId() == null || !caller.has(Role.PATIENT)) {
      throw new AccessDeniedException("review.patientsOnly");
    }
    standing.mayWriteAnywhere(caller.accountId());
    return callers.patient().orElseThrow(() -> new AccessDeniedException("review.patientsOnly"));
  }

  private static NewReview given(NewReview input) {
    return input == null ? new NewReview(null, null, null) : input;
  }

  private Practitioner practitioner(long id) {
    return repository
        .practitioner(id)
        .orElseThrow(() -> new NotFoundException("review.subjectNotFound"));
  }

  private Site site(long id) {
    return repository.site(id).orElseThrow(() -> new NotFoundException("review.subjectNotFound"));
  }
}
