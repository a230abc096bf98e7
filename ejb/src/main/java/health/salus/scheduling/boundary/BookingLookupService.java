package health.salus.scheduling.boundary;

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
   * Practitioners with availability whose name contains {@code name}, of the specialty, at the site
   * and offering the mode; each filter optional.
   */
  public List<BookablePractitioner> practitioners(
      String name, String specialty, Long siteId, String mode) {
    AppointmentMode wanted = mode(mode);
    Map<Long, List<String>> modes =
        em
            .createQuery(
                "SELECT DISTINCT t.practitionerId, t.mode FROM AvailabilityTemplate t",
                Object[].class)
            .getResultList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    row -> (Long) row[0],
                    Collectors.mapping(
                        row -> ((AppointmentMode) row[1]).name(),
                        Collectors.collectingAndThen(
                            Collectors.toList(), l -> l.stream().sorted().toList()))));
    String text = lower(name);
    String field = lower(specialty);
    return em.createNamedQuery(Practitioner.ALL, Practitioner.class).getResultList().stream()
        .filter(p -> modes.containsKey(p.getId()))
        .filter(p -> text.isEmpty() || lower(p.getAccount().getFullName()).contains(text))
        .filter(p -> field.isEmpty() || lower(p.getSpecialty()).contains(field))
        .filter(p -> siteId == null || (p.getSite() != null && siteId.equals(p.getSite().getId())))
        .filter(p -> wanted == null || modes.get(p.getId()).contains(wanted.name()))
        .map(
            p ->
                new BookablePractitioner(
                    p.getId(),
                    p.getAccount().getUsername(),
                    p.getAccount().getFullName(),
                    p.getProfession(),
                    p.getSpecialty(),
                    p.getSite() == null ? null : p.getSite().getId(),
                    p.getSite() == null ? null : p.getSite().getName(),
                    modes.get(p.getId())))
        .toList();
  }

  /** Patients whose name contains the text, for the front desk booking on their behalf. */
  @RolesAllowed(Role.Names.STAFF)
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
    return practitioners(null, null, null, null).stream()
        .filter(p -> p.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("practitioner.notFound"));
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
