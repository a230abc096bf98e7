package health.salus.timeline.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.entity.ConsentCategory;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The patient 360° timeline: every interaction with a patient, newest first, from every feature's
 * {@link TimelineSource}, for the patient's care team: the patient's practitioners ({@link
 * Basis#CARE_TEAM}), the case team of the patient's cases ({@link Basis#CASE_TEAM}) and a clinician
 * under emergency access ({@link Basis#EMERGENCY}), as the access policy decides (and audits);
 * anyone else is told the patient does not exist (a patient or a carer is refused by role). A kind
 * that reads a category of the record (consultations, refills, reading alerts) is shown to
 * clinicians only, and only while the patient keeps that category open to the care team. A page
 * costs one bounded query per source stream (or part of one) however long the timeline: each gives
 * its newest events after the cursor, along an index, and the page is the newest of those.
 */
@Stateless
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.EDUCATOR, Role.Names.CASE_MANAGER})
public class TimelineService {

  /** The events of a page unless the caller asks for another number. */
  public static final int PAGE_SIZE = 20;

  static final String ACTION = "TIMELINE_READ";

  @Inject Instance<TimelineSource> sources;
  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AuditTrail audit;

  /** Every kind the timeline knows, by name. */
  public List<String> kinds() {
    return List.copyOf(known().keySet());
  }

  /**
   * A page of the patient's timeline: the events of the asked kinds (all kinds when none) after the
   * cursor ({@code after}, from the previous page's {@code next}; none for the newest), at most
   * {@code size} of them. An unknown kind or a malformed cursor is a 400; a caller outside the care
   * team a 404 (audited). The read is audited about the patient.
   */
  public TimelinePage timelineOf(long patientId, Collection<String> kinds, String after, int size) {
    Map<String, TimelineKind> known = known();
    Set<String> asked = asked(kinds, known);
    TimelineCursor cursor = TimelineCursor.parse(after);
    int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    Basis basis =
        accessPolicy
            .basis(
                patientId,
                Access.to(ACTION, "Patient", patientId)
                    .allowing(Basis.CARE_TEAM, Basis.CASE_TEAM, Basis.EMERGENCY)
                    .saying("not of the care team"))
            .orElseThrow(() -> new NotFoundException("timeline.patientNotFound"));
    CurrentCaller caller = callers.current();
    TimelineViewer viewer = new TimelineViewer(caller.accountId(), caller.practitionerId(), basis);
    Set<String> shown = readable(patientId, viewer, asked, known);
    TimelineQuery query = new TimelineQuery(patientId, shown, viewer, cursor, pageSize + 1);
    List<TimelineEvent> events = new ArrayList<>();
    for (TimelineSource source : sources) {
      if (source.kinds().stream().map(TimelineKind::name).anyMatch(shown::contains)) {
        source.newest(query).stream()
            .filter(e -> shown.contains(e.kind()) && isAfter(e, cursor))
            .forEach(events::add);
      }
    }
    events.sort(TimelineCursor.NEWEST_FIRST);
    boolean more = events.size() > pageSize;
    List<TimelineEvent> page = more ? events.subList(0, pageSize) : events;
    audit.record(
        AuditEvent.of(ACTION, AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId));
    return new TimelinePage(
        page.stream().map(TimelineEntry::of).toList(),
        more ? TimelineCursor.after(page.get(page.size() - 1)).token() : null);
  }

  private Map<String, TimelineKind> known() {
    Map<String, TimelineKind> known = new TreeMap<>();
    for (TimelineSource source : sources) {
      source.kinds().forEach(k -> known.put(k.name(), k));
    }
    return known;
  }

  /** The kinds asked for, each parameter one kind or a comma list; none asked: every kind. */
  private static Set<String> asked(Collection<String> kinds, Map<String, TimelineKind> known) {
    Set<String> asked = new LinkedHashSet<>();
    if (kinds != null) {
      for (String list : kinds) {
        if (list == null) {
          continue;
        }
        for (String kind : list.split(",")) {
          String name = kind.strip().toUpperCase(Locale.ROOT);
          if (name.isEmpty()) {
            continue;
          }
          if (!known.containsKey(name)) {
            throw new InvalidInputException(
                "kind", "timeline.kindUnknown", String.join(", ", known.keySet()));
          }
          asked.add(name);
        }
      }
    }
    return asked.isEmpty() ? known.keySet() : asked;
  }

  /**
   * The asked kinds the viewer may read: a kind that reads a category of the record only for a
   * clinician the policy lets read that category (decided once per category, audited).
   */
  private Set<String> readable(
      long patientId, TimelineViewer viewer, Set<String> asked, Map<String, TimelineKind> known) {
    Map<ConsentCategory, Boolean> open = new EnumMap<>(ConsentCategory.class);
    Set<String> shown = new LinkedHashSet<>();
    for (String name : asked) {
      ConsentCategory category = known.get(name).category();
      if (category == null
          || viewer.clinical()
              && open.computeIfAbsent(category, c -> readsCategory(patientId, c))) {
        shown.add(name);
      }
    }
    return shown;
  }

  private boolean readsCategory(long patientId, ConsentCategory category) {
    return accessPolicy.permits(
        patientId,
        Access.toRead(ACTION, "Patient", patientId, category)
            .allowing(Basis.CARE_TEAM, Basis.EMERGENCY));
  }

  private static boolean isAfter(TimelineEvent event, TimelineCursor cursor) {
    int at = event.at().compareTo(cursor.at());
    return at < 0 || at == 0 && event.rowId() < cursor.idBelow(event.stream());
  }
}
