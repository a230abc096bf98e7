package health.salus.scheduling.control;

import static health.salus.shared.control.BoundedReads.BATCH;
import static health.salus.shared.control.BoundedReads.BATCH_TYPE;
import static health.salus.shared.control.BoundedReads.FETCH;
import static health.salus.shared.control.BoundedReads.LEFT_FETCH;
import static health.salus.shared.control.BoundedReads.bounded;

import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.shared.control.BoundedReads.FetchPlan;
import health.salus.shared.control.Conditions;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and stores appointments. Reads of several appointments fetch the relations they use in the
 * same statement (or one more), not one statement per relation and appointment: those relations are
 * eager and, outside the shared cache, were read one by one, about eight statements for a single
 * appointment. A list and the next appointment read only what a list's row shows ({@link
 * #AS_ROWS}); the calendar feed also reads the accounts, roles and site ({@link #WITH_PEOPLE}).
 */
@Dependent
public class AppointmentRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** What to list: each criterion is optional. */
  public record Criteria(Long practitionerId, Long patientId, Instant from, Instant to) {}

  public Optional<Appointment> byId(long id) {
    return Optional.ofNullable(em.find(Appointment.class, id));
  }

  public void add(Appointment appointment) {
    em.persist(appointment);
    em.flush();
  }

  public void add(Object record) {
    em.persist(record);
  }

  public void flush() {
    em.flush();
  }

  /** Appointments by start, then id, read for a list's rows (see {@link #AS_ROWS}). */
  public List<Appointment> list(Criteria criteria, int first, int max) {
    return byStart(criteria, AS_ROWS, first, max);
  }

  /**
   * Appointments by start, then id, each with its people and place as a calendar file tells them
   * (see {@link #WITH_PEOPLE}).
   */
  public List<Appointment> listWithPeople(Criteria criteria, int first, int max) {
    return byStart(criteria, WITH_PEOPLE, first, max);
  }

  private List<Appointment> byStart(
      Criteria criteria, FetchPlan<Appointment> fetch, int first, int max) {
    Conditions where = where(criteria);
    return where
        .bind(
            bounded(
                em,
                Appointment.class,
                "SELECT a FROM Appointment a" + where.where() + " ORDER BY a.start, a.id",
                fetch,
                first,
                max))
        .getResultList();
  }

  /**
   * The patient's first booked or arrived appointment that has not ended at {@code now}, read as a
   * list's row (see {@link #AS_ROWS}).
   */
  public Optional<Appointment> nextLive(long patientId, Instant now) {
    return bounded(
            em,
            Appointment.class,
            "SELECT a FROM Appointment a WHERE a.patient.id = :patient"
                + " AND a.status IN :live AND a.end > :now ORDER BY a.start, a.id",
            AS_ROWS,
            0,
            1)
        .setParameter("patient", patientId)
        .setParameter("live", Appointment.LIVE)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  /**
   * Appointments in one of {@code statuses} starting in [from, to), of one practitioner or (null)
   * of all, by start; at most {@code max}; read for a list's rows (see {@link #AS_ROWS}).
   */
  public List<Appointment> inStatus(
      Long practitionerId, Set<AppointmentStatus> statuses, Instant from, Instant to, int max) {
    TypedQuery<Appointment> query =
        bounded(
            em,
            Appointment.class,
            "SELECT a" + byStatus(practitionerId) + " ORDER BY a.start, a.id",
            AS_ROWS,
            0,
            max);
    return byPractitioner(query, practitionerId)
        .setParameter("statuses", statuses)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** How many appointments in one of {@code statuses} start in [from, to). */
  public long countInStatus(
      Long practitionerId, Set<AppointmentStatus> statuses, Instant from, Instant to) {
    return byPractitioner(
            em.createQuery("SELECT COUNT(a)" + byStatus(practitionerId), Long.class),
            practitionerId)
        .setParameter("statuses", statuses)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  private static String byStatus(Long practitionerId) {
    return " FROM Appointment a WHERE a.status IN :statuses"
        + " AND a.start >= :from AND a.start < :to"
        + (practitionerId == null ? "" : " AND a.practitioner.id = :practitioner");
  }

  private static <T> TypedQuery<T> byPractitioner(TypedQuery<T> query, Long practitionerId) {
    return practitionerId == null ? query : query.setParameter("practitioner", practitionerId);
  }

  /** How many booked or arrived appointments of the patient start after {@code now}. */
  public long countLiveAfter(long patientId, Instant now) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Appointment a WHERE a.patient.id = :patient"
                + " AND a.status IN :live AND a.start > :now",
            Long.class)
        .setParameter("patient", patientId)
        .setParameter("live", Appointment.LIVE)
        .setParameter("now", now)
        .getSingleResult();
  }

  public long count(Criteria criteria) {
    Conditions where = where(criteria);
    return where
        .bind(em.createQuery("SELECT COUNT(a) FROM Appointment a" + where.where(), Long.class))
        .getSingleResult();
  }

  /**
   * Reads what a row of a list shows (the boundary's {@code AppointmentView}) in the same
   * statement: the patient, the practitioner and the practitioner's account (joins). Nothing else
   * is read: no site, organisation or roles, which each row would otherwise build and keep in the
   * persistence context for nothing.
   */
  private static final FetchPlan<Appointment> AS_ROWS =
      new FetchPlan<>(
          "rows",
          query ->
              query
                  .setHint(FETCH, "a.patient")
                  .setHint(FETCH, "a.practitioner")
                  .setHint(FETCH, "a.practitioner.account"));

  /**
   * Reads the appointments' patients and practitioners with their accounts and the practitioners'
   * sites in the same statement (joins; the optional ones outer), and the accounts' roles in one
   * more statement for all of them (a join would multiply the rows that paging counts).
   */
  private static final FetchPlan<Appointment> WITH_PEOPLE =
      new FetchPlan<>(
          "people",
          query ->
              query
                  .setHint(FETCH, "a.patient")
                  .setHint(LEFT_FETCH, "a.patient.account")
                  .setHint(FETCH, "a.practitioner")
                  .setHint(FETCH, "a.practitioner.account")
                  .setHint(LEFT_FETCH, "a.practitioner.site")
                  .setHint(LEFT_FETCH, "a.practitioner.site.organisation")
                  .setHint(BATCH_TYPE, "IN")
                  .setHint(BATCH, "a.patient.account.roles")
                  .setHint(BATCH, "a.practitioner.account.roles"));

  private static Conditions where(Criteria c) {
    Conditions where = new Conditions();
    if (c.practitionerId() != null) {
      where.and("a.practitioner.id = :practitioner", "practitioner", c.practitionerId());
    }
    if (c.patientId() != null) {
      where.and("a.patient.id = :patient", "patient", c.patientId());
    }
    if (c.from() != null) {
      where.and("a.start >= :from", "from", c.from());
    }
    if (c.to() != null) {
      where.and("a.start < :to", "to", c.to());
    }
    return where;
  }
}
