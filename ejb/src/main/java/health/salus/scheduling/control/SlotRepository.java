package health.salus.scheduling.control;

import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.Slot;
import health.salus.scheduling.entity.SlotBooking;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds free slots and holds or releases a slot for an appointment. */
@Dependent
public class SlotRepository {

  /** A slot is free while no booking row holds it. */
  private static final String FREE =
      " FROM Slot s WHERE s.start > :from AND s.start < :to"
          + " AND NOT EXISTS (SELECT b FROM SlotBooking b WHERE b.slotId = s.id)";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<Slot> byId(long id) {
    return Optional.ofNullable(em.find(Slot.class, id));
  }

  /**
   * The slot, locked for the rest of the transaction, so that concurrent bookings of one slot queue
   * here and each loser sees the winner's booking instead of failing at the insert.
   */
  public Optional<Slot> lock(long id) {
    return Optional.ofNullable(em.find(Slot.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The practitioner's slot starting at {@code start}, if there is one. */
  public Optional<Slot> at(long practitionerId, Instant start) {
    return em.createQuery(
            "SELECT s FROM Slot s WHERE s.practitionerId = :p AND s.start = :start", Slot.class)
        .setParameter("p", practitionerId)
        .setParameter("start", start)
        .getResultStream()
        .findFirst();
  }

  public boolean isBooked(long slotId) {
    return em.find(SlotBooking.class, slotId) != null;
  }

  /** Holds the slot for the appointment; the primary key refuses a second holder. */
  public void hold(long slotId, long appointmentId) {
    em.persist(new SlotBooking(slotId, appointmentId));
    em.flush();
  }

  /** Frees the slot again (cancel, move). */
  public void release(long slotId) {
    SlotBooking booking = em.find(SlotBooking.class, slotId);
    if (booking != null) {
      em.remove(booking);
      em.flush();
    }
  }

  /** Free slots starting in (from, to), soonest first; practitioner and mode are optional. */
  public List<Slot> free(
      Long practitionerId, AppointmentMode mode, Instant from, Instant to, int first, int max) {
    return query("SELECT s", " ORDER BY s.start, s.id", Slot.class, practitionerId, mode, from, to)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countFree(Long practitionerId, AppointmentMode mode, Instant from, Instant to) {
    return query("SELECT COUNT(s)", "", Long.class, practitionerId, mode, from, to)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select,
      String order,
      Class<T> type,
      Long practitionerId,
      AppointmentMode mode,
      Instant from,
      Instant to) {
    String jpql =
        select
            + FREE
            + (practitionerId == null ? "" : " AND s.practitionerId = :p")
            + (mode == null ? "" : " AND s.mode = :mode")
            + order;
    TypedQuery<T> query =
        em.createQuery(jpql, type).setParameter("from", from).setParameter("to", to);
    if (practitionerId != null) {
      query.setParameter("p", practitionerId);
    }
    if (mode != null) {
      query.setParameter("mode", mode);
    }
    return query;
  }
}
