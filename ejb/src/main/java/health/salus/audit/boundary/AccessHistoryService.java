package health.salus.audit.boundary;

import health.salus.audit.control.AccessClassifier;
import health.salus.audit.control.AccessLogCsv;
import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
import health.salus.identity.boundary.AccountNames;
import health.salus.identity.boundary.AccountNames.NamedAccount;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A patient's access history ("who looked at my data"): the audit trail's entries about the
 * signed-in patient, newest first, each read as when, who (name and role), what category, allowed
 * or denied and why ({@link AccessClassifier} says how). Only the patient's own: there is no
 * patient parameter, the caller's own patient record is the filter. Nobody can change it.
 *
 * <p>Reading the history is not itself written to the trail: it is the patient reading the trail's
 * record of their own data, not the data, and an entry for each look would fill the history with
 * the patient's own visits to it.
 */
@Stateless
public class AccessHistoryService {

  /** The most rows one CSV export holds: the newest within the filters. */
  public static final int MAX_EXPORT = 10_000;

  private static final int EXPORT_BATCH = 500;

  @Inject Callers callers;
  @Inject AccountNames accountNames;
  @Inject AuditRepository repository;

  /**
   * One page of the signed-in patient's access history between {@code from} (inclusive) and {@code
   * to} (exclusive; a day includes that whole day), newest first; either may be null. A day is read
   * in the patient's own time zone. A start not before the end (a "from" day after the "to" day) is
   * refused (400).
   */
  @RolesAllowed(Role.Names.PATIENT)
  public Page<AccessLogEntry> myAccessLog(TimeBound from, TimeBound to, int page, int size) {
    Patient patient = ownPatient();
    AuditQuery query = query(patient, from, to);
    return new Page<>(
        read(patient, repository.search(query, page, size)), repository.count(query), page, size);
  }

  /**
   * The signed-in patient's access history between {@code from} and {@code to} as CSV ({@link
   * AccessLogCsv}), newest first, at most {@link #MAX_EXPORT} rows.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public String myAccessLogCsv(TimeBound from, TimeBound to) {
    Patient patient = ownPatient();
    AuditQuery query = query(patient, from, to);
    List<AccessLogEntry> rows = new ArrayList<>();
    for (int page = 0; rows.size() < MAX_EXPORT; page++) {
      List<AuditEntry> batch = repository.search(query, page, EXPORT_BATCH);
      rows.addAll(read(patient, batch));
      if (batch.size() < EXPORT_BATCH) {
        break;
      }
    }
    return AccessLogCsv.of(rows.size() > MAX_EXPORT ? rows.subList(0, MAX_EXPORT) : rows);
  }

  private Patient ownPatient() {
    return callers.patient().orElseThrow(() -> new AccessDeniedException("accessLog.notAPatient"));
  }

  private static AuditQuery query(Patient patient, TimeBound from, TimeBound to) {
    ZoneId zone = zoneOf(patient);
    Instant start = from == null ? null : from.asStart(zone);
    Instant end = to == null ? null : to.asEnd(zone);
    if (start != null && end != null && !start.isBefore(end)) {
      throw new InvalidInputException("from", "accessLog.fromAfterTo");
    }
    return new AuditQuery(null, null, null, patient.getId(), null, null, start, end);
  }

  private static ZoneId zoneOf(Patient patient) {
    try {
      return ZoneId.of(patient.getAccount().getTimeZone());
    } catch (RuntimeException noValidZone) {
      return ZoneId.of("Australia/Sydney");
    }
  }

  private List<AccessLogEntry> read(Patient patient, List<AuditEntry> entries) {
    Map<String, NamedAccount> actors =
        accountNames.of(
            entries.stream()
                .map(AuditEntry::getActor)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    String own = patient.getAccount().getUsername();
    return entries.stream()
        .map(
            e -> {
              NamedAccount actor = e.getActor() == null ? null : actors.get(e.getActor());
              Role role = actor == null ? null : AccessClassifier.mainRole(actor.roles());
              return new AccessLogEntry(
                  e.getId(),
                  e.getOccurredAt(),
                  e.getActor(),
                  actor == null ? null : actor.fullName(),
                  role,
                  e.getAction(),
                  AccessClassifier.category(e.getAction()),
                  AccessClassifier.outcome(e.getOutcome()),
                  AccessClassifier.purpose(
                      e.getPurpose(), own != null && own.equalsIgnoreCase(e.getActor()), role));
            })
        .toList();
  }
}
