package health.salus.scheduling.boundary;

import static health.salus.shared.control.BoundedReads.bounded;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.scheduling.control.SlotRepository;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.LikePattern;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finding what to book: practitioners by name, specialty, site or mode, their free slots, and (for
 * the front desk) the patient to book for.
 */
@Stateless
@PermitAll
@AnySignedIn
public class BookingLookupService {

  /** The purpose of the front desk's reads (booking on a patient's behalf). */
  static final String ADMINISTRATION = "ADMINISTRATION";

  /** The longest range one free-slot search may cover. */
  public static final Duration MAX_RANGE = Duration.ofDays(62);

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject SlotRepository slots;
  @Inject AuditTrail audit;

  /**
   * Free slots starting after {@code from} and before {@code to}, soonest first, one page. The
   * range may span at most {@link #MAX_RANGE}; practitioner and mode are optional filters.
   */
  public Page<FreeSlot> freeSlots(
      Long practitionerId, String mode, Instant from, Instant to, int page, int size) {
    if (!to.isAfter(from)) {
      throw new InvalidInputException("to", "slots.rangeEmpty");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw new InvalidInputException("to", "slots.rangeTooLong", MAX_RANGE.toDays());
    }
    AppointmentMode wanted = mode(mode);
    List<FreeSlot> items =
        slots.free(practitionerId, wanted, from, to, page * size, size).stream()
            .map(FreeSlot::of)
            .toList();
    return new Page<>(items, slots.countFree(practitionerId, wanted, from, to), page, size);
  }

  /**
   * One page of the practitioners with availability whose account is enabled, by name: whose name
   * contains {@code name}, of the specialty, at the site and offering the mode; each filter
   * optional. The database does the filtering, so a page costs the same however many practitioners
   * there are.
   */
  public Page<BookablePractitioner> practitioners(
      String name, String specialty, Long siteId, String mode, int page, int size) {
    AppointmentMode wanted = mode(mode);
    String text = lower(name);
    String field = lower(specialty);
    String where =
        " WHERE a.enabled = TRUE AND EXISTS (SELECT t FROM AvailabilityTemplate t"
            + " WHERE t.practitionerId = p.id"
            + (wanted == null ? "" : " AND t.mode = :mode")
            + ")"
            + (text.isEmpty() ? "" : " AND LOWER(a.fullName) LIKE :name" + LikePattern.ESCAPE)
            + (field.isEmpty()
                ? ""
                : " AND LOWER(p.specialty) LIKE :specialty" + LikePattern.ESCAPE)
            + (siteId == null ? "" : " AND p.site.id = :site");
    TypedQuery<Practitioner> rows =
        bounded(
            em,
            Practitioner.class,
            // The site in the same statement: each row shows its name (one statement a site else).
            "SELECT p FROM Practitioner p JOIN FETCH p.account a LEFT JOIN FETCH p.site"
                + where
                + " ORDER BY a.fullName, p.id",
            page * size,
            size);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM Practitioner p JOIN p.account a" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      if (wanted != null) {
        query.setParameter("mode", wanted);
      }
      if (!text.isEmpty()) {
        query.setParameter("name", LikePattern.containing(text));
      }
      if (!field.isEmpty()) {
        query.setParameter("specialty", LikePattern.containing(field));
      }
      if (siteId != null) {
        query.setParameter("site", siteId);
      }
    }
    List<Practitioner> found = rows.getResultList();
    Map<Long, List<String>> modes = modes(found.stream().map(Practitioner::getId).toList());
    List<BookablePractitioner> items =
        found.stream().map(p -> bookable(p, modes.getOrDefault(p.getId(), List.of()))).toList();
    return new Page<>(items, count.getSingleResult(), page, size);
  }

  /** The modes each of these practitioners offers, sorted by name. */
  private Map<Long, List<String>> modes(List<Long> practitionerIds) {
    if (practitionerIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT DISTINCT t.practitionerId, t.mode FROM AvailabilityTemplate t"
                + " WHERE t.practitionerId IN :ids",
            Object[].class)
        .setParameter("ids", practitionerIds)
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                row -> (Long) row[0],
                Collectors.mapping(
                    row -> ((AppointmentMode) row[1]).name(),
                    Collectors.collectingAndThen(
                        Collectors.toList(), l -> l.stream().sorted().toList()))));
  }

  private static BookablePractitioner bookable(Practitioner p, List<String> modes) {
    return new BookablePractitioner(
        p.getId(),
        p.getAccount().getUsername(),
        p.getAccount().getFullName(),
        p.getProfession(),
        p.getSpecialty(),
        p.getSite() == null ? null : p.getSite().getId(),
        p.getSite() == null ? null : p.getSite().getName(),
        modes);
  }

  /**
   * Patients whose name contains the text, for the front desk booking on their behalf and for a
   * case manager opening a case for them.
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.CASE_MANAGER})
  public List<PatientChoice> patients(String name) {
    String text = lower(name);
    if (text.length() < 2) {
      throw new InvalidInputException("patientName", "patients.searchTooShort");
    }
    List<PatientChoice> found =
        em
            .createQuery(
                "SELECT p FROM Patient p WHERE LOWER(p.fullName) LIKE :text"
                    + LikePattern.ESCAPE
                    + " ORDER BY p.fullName",
                Patient.class)
            .setParameter("text", LikePattern.containing(text))
            .setMaxResults(20)
            .getResultList()
            .stream()
            .map(p -> new PatientChoice(p.getId(), p.getFullName(), p.getBirthDate()))
            .toList();
    if (found.isEmpty()) {
      audit.record(
          AuditEvent.of("PATIENT_SEARCH", AuditOutcome.SUCCESS)
              .object("Patient", null)
              .detail("0 found"));
    } else {
      // One entry per patient shown, so that each finds the read in their access history.
      audit.recordAll(
          found.stream()
              .map(
                  p ->
                      AuditEvent.of("PATIENT_SEARCH", AuditOutcome.SUCCESS)
                          .aboutPatient(p.patientId())
                          .object("Patient", p.patientId())
                          .purpose(ADMINISTRATION)
                          .detail(found.size() + " found"))
              .toList());
    }
    return found;
  }

  /** The practitioner's name and site phone, for pages that show one practitioner. */
  public BookablePractitioner practitioner(long id) {
    Practitioner found = em.find(Practitioner.class, id);
    List<String> modes = modes(List.of(id)).getOrDefault(id, List.of());
    if (found == null || !found.getAccount().isEnabled() || modes.isEmpty()) {
      throw new NotFoundException("practitioner.notFound");
    }
    return bookable(found, modes);
  }

  static AppointmentMode mode(String mode) {
    if (mode == null || mode.isBlank()) {
      return null;
    }
    try {
      return AppointmentMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("mode", "mode.unknown");
    }
  }

  private static String lower(String s) {
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }
}
