package health.salus.scheduling.control;

import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.shared.control.Conditions;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds and stores appointments. Reads of several appointments fetch the relations they use in the
 * same statement (or one more), not one statement per relation and appointment: those relations are
 * eager and, outside the shared cache, were read one by one, about eight statements for a single
 * appointment. A list reads only what its rows show ({@link #asRows}); the next appointment and the
 * calendar feed also read the accounts, roles and site ({@link #withPeople}).
 */
@Dependent
public class AppointmentRepository {

  // EclipseLink's query hints (org.eclipse.persistence.config.QueryHints), each may be given again.
  private static final String FETCH = "eclipselink.join-fetch";
  private static final String LEFT_FETCH = "eclipselink.left-join-fetch";
  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";

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

  /** Appointments by start, then id, read for a list's rows (see {@link #asRows}). */
  public List<Appointment> list(Criteria criteria, int first, int max) {
    return byStart(criteria, AppointmentRepository::asRows, first, max);
  }

  /**
   * Appointments by start, then id, each with its people and place as a calendar file tells them
   * (see {@link #withPeople}).
   */
  public List<Appointment> listWithPeople(Criteria criteria, int first, int max) {
    return byStart(criteria, AppointmentRepository::withPeople, first, max);
  }

  private List<Appointment> byStart(
      Criteria criteria, UnaryOperator<TypedQuery<Appointment>> fetch, int first, int max) {
    return fetch
        .apply(query("SELECT a", " ORDER BY a.start, a.id", Appointment.class, criteria))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The patient's first booked or arrived appointment that has not ended at {@code now}. */
  public Optional<Appointment> nextLive(long patientId, Instant now) {
    return withPeople(
            em.createQuery(
                "SELECT a FROM Appointment a WHERE a.patient.id = :patient"
                    + " AND a.status IN :live AND a.end > :now ORDER BY a.start, a.id",
                Appointment.class))
        .setParameter("patient", patientId)
        .setParameter("live", Appointment.LIVE)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Appointments in one of {@code statuses} starting in [from, to), of one practitioner or (null)
   * of all, by start; at most {@code max}; read for a list's rows (see {@link #asRows}).
   */
  public List<Appointment> inStatus(
      Long practitionerId, Set<AppointmentStatus> statuses, Instant from, Instant to, int max) {
    return asRows(
            byStatus("SELECT a", " ORDER BY a.start, a.id", Appointment.class, practitionerId))
        .setParameter("statuses", statuses)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many appointments in one of {@code statuses} start in [from, to). */
  public long countInStatus(
      Long practitionerId, Set<AppointmentStatus> statuses, Instant from, Instant to) {
    return byStatus("SELECT COUNT(a)", "", Long.class, practitionerId)
        .setParameter("statuses", statuses)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  private <T> TypedQuery<T> byStatus(
      String select, String order, Class<T> type, Long practitionerId) {
    TypedQuery<T> query =
        em.createQuery(
            select
                + " FROM Appointment a WHERE a.status IN :statuses"
                + " AND a.start >= :from AND a.start < :to"
                + (practitionerId == null ? "" : " AND a.practitioner.id = :practitioner")
                + order,
            type);
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
    return query("SELECT COUNT(a)", "", Long.class, criteria).getSingleResult();
  }

  /**
   * Reads what a row of a list shows (the boundary's {@code AppointmentView}) in the same
   * statement: the patient, the practitioner and the practitioner's account (joins). Nothing else
   * is read: no site, organisation or roles, which each row would otherwise build and keep in the
   * persistence context for nothing.
   */
  private static TypedQuery<Appointment> asRows(TypedQuery<Appointment> query) {
    return query
        .setHint(FETCH, "a.patient")
        .setHint(FETCH, "a.practitioner")
        .setHint(FETCH, "a.practitioner.account");
  }

  /**
   * Reads the appointments' patients and practitioners with their accounts and the practitioners'
   * sites in the same statement (joins; the optional ones outer), and the accounts' roles in one
   * more statement for all of them (a join would multiply the rows that paging counts).
   */
  private static TypedQuery<Appointment> withPeople(TypedQuery<Appointment> query) {
    return query
        .setHint(FETCH, "a.patient")
        .setHint(LEFT_FETCH, "a.patient.account")
        .setHint(FETCH, "a.practitioner")
        .setHint(FETCH, "a.practitioner.account")
        .setHint(LEFT_FETCH, "a.practitioner.site")
        .setHint(LEFT_FETCH, "a.practitioner.site.organisation")
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, "a.patient.account.roles")
        .setHint(BATCH, "a.practitioner.account.roles");
  }

  private <T> TypedQuery<T> query(String select, String order, Class<T> type, Criteria c) {
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
    return where.bind(em.createQuery(select + " FROM Appointment a" + where.where() + order, type));
  }
}
