package health.salus.scheduling.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.PatientAccounts;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.scheduling.control.AppointmentCalendar;
import health.salus.scheduling.control.AppointmentRepository;
import health.salus.scheduling.control.AppointmentRepository.Criteria;
import health.salus.scheduling.control.CalendarFeeds;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.CalendarFeed;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A patient's private calendar feed: the patient creates (or replaces) a secret feed URL, sees
 * whether one is active, and revokes it; calendar apps read it without signing in, the secret token
 * being the credential. The feed lists the patient's appointments from {@link #PAST_DAYS} days ago
 * up to the booking horizon, cancelled ones included so calendars drop them.
 */
@Stateless
@RolesAllowed(Role.Names.PATIENT)
public class CalendarFeedService {

  /** How far back the feed reaches. */
  public static final int PAST_DAYS = 30;

  /** More than a patient can book in the window; bounds the work one anonymous read can cause. */
  static final int MAX_EVENTS = 1000;

  @Inject Callers callers;
  @Inject CalendarFeeds feeds;
  @Inject PatientAccounts patientAccounts;
  @Inject AppointmentRepository appointments;
  @Inject AppointmentCalendar calendar;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.scheduling.horizon-days", defaultValue = "56")
  int horizonDays;

  /**
   * A new secret feed URL for the signed-in patient; an earlier one stops working at once. The
   * token is returned this once and only its hash is kept.
   */
  public NewCalendarFeed create() {
    long patientId = patientId("CALENDAR_FEED_CREATE");
    String token = feeds.newToken();
    String hash = CalendarFeeds.hash(token);
    Instant now = clock.instant();
    try {
      feeds
          .ofPatient(patientId)
          .ifPresentOrElse(
              feed -> feed.replaceToken(hash, now),
              () -> feeds.add(new CalendarFeed(patientId, hash, now)));
      feeds.flush();
    } catch (PersistenceException concurrentCreate) {
      throw new ConflictException(null, "calendarFeed.changedMeanwhile");
    }
    record("CALENDAR_FEED_CREATE", AuditOutcome.SUCCESS, patientId);
    return new NewCalendarFeed(token);
  }

  /** Whether the signed-in patient has an active feed, and since when. */
  public CalendarFeedStatus status() {
    return feeds.status(patientId("CALENDAR_FEED_STATUS"));
  }

  /** Revokes the signed-in patient's feed: its URL answers 404 from now on. Idempotent. */
  public void revoke() {
    long patientId = patientId("CALENDAR_FEED_REVOKE");
    feeds.ofPatient(patientId).ifPresent(feed -> feed.revoke(clock.instant()));
    record("CALENDAR_FEED_REVOKE", AuditOutcome.SUCCESS, patientId);
  }

  /**
   * The calendar an active feed token opens, for anyone holding the token (no sign-in). An unknown,
   * malformed or revoked token, or the feed of a disabled account, is a 404 that does not tell
   * which.
   */
  @PermitAll
  public CalendarFile read(String token) {
    CalendarFeed feed = feeds.active(token).filter(this::ofEnabledAccount).orElse(null);
    if (feed == null) {
      record("CALENDAR_FEED_READ", AuditOutcome.DENIED, null);
      throw new NotFoundException("calendarFeed.notFound");
    }
    Instant now = clock.instant();
    List<Appointment> list =
        appointments.listWithPeople(
            new Criteria(
                null,
                feed.getPatientId(),
                now.minus(PAST_DAYS, ChronoUnit.DAYS),
                now.plus(horizonDays + 1L, ChronoUnit.DAYS)),
            0,
            MAX_EVENTS);
    record("CALENDAR_FEED_READ", AuditOutcome.SUCCESS, feed.getPatientId());
    Locale language =
        patientAccounts
            .accountOf(feed.getPatientId())
            .map(a -> a.getLanguage().locale())
            .orElse(Language.DEFAULT.locale());
    return new CalendarFile("salus-appointments.ics", calendar.feed(list, language));
  }

  /** A patient without a portal account has no feed; one whose account is disabled reads none. */
  private boolean ofEnabledAccount(CalendarFeed feed) {
    return patientAccounts.accountOf(feed.getPatientId()).map(UserAccount::isEnabled).orElse(false);
  }

  private long patientId(String action) {
    Long patientId = callers.current().patientId();
    if (patientId == null) {
      record(action, AuditOutcome.DENIED, null);
      throw new AccessDeniedException("calendarFeed.patientsOnly");
    }
    return patientId;
  }

  private void record(String action, AuditOutcome outcome, Long patientId) {
    audit.record(
        AuditEvent.of(action, outcome).aboutPatient(patientId).object("CalendarFeed", patientId));
  }
}
