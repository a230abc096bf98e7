package health.salus.scheduling.boundary;

import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.scheduling.control.AppointmentChanges;
import health.salus.scheduling.control.AppointmentRepository;
import health.salus.scheduling.control.BookingCap;
import health.salus.scheduling.control.CancellationCutoff;
import health.salus.scheduling.control.ConsultationRooms;
import health.salus.scheduling.control.SlotRepository;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.Slot;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.DatabaseOutage;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Booking, moving and cancelling appointments, by the patient or by someone who may act for them
 * ({@link AccessPolicy}). One slot holds at most one live booking: the slot is locked while it is
 * taken, and the slot booking's primary key refuses a second holder; the loser gets a {@link
 * SlotTakenException} with the next free slots. Patients may cancel or move only up to the cut-off
 * before the start; staff and the practitioner may also later. A patient holds at most a configured
 * number of live future appointments ({@link BookingCap}), however they are booked.
 */
@Stateless
public class BookingService {

  static final int NEXT_FREE = 5;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject SlotRepository slots;
  @Inject AppointmentRepository appointments;
  @Inject AppointmentChanges changes;
  @Inject CancellationCutoff cutoff;
  @Inject BookingCap cap;
  @Inject ConsultationRooms rooms;
  @Inject InputValidation validation;
  @Inject Clock clock;

  /**
   * Books a free, future slot for the caller (a patient) or, with {@code patientId}, for a patient
   * the caller may act for. A video slot gets its own consultation room.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public AppointmentView book(Booking booking) {
    validation.check(booking);
    CurrentCaller caller = caller();
    Long patientId = booking.patientId() != null ? booking.patientId() : caller.patientId();
    if (patientId == null) {
      throw new InvalidInputException("patientId", "booking.patientRequired");
    }
    if (!accessPolicy.permits(patientId, Access.to("APPOINTMENT_BOOK", "Appointment", null))) {
      throw new AccessDeniedException("booking.notForThisPatient");
    }
    Patient patient = em.find(Patient.class, patientId);
    if (patient == null) {
      throw new NotFoundException("patient.notFound");
    }
    withinCap(patient);
    Slot slot = takeable(booking.slotId());
    Appointment appointment =
        new Appointment(
            slot,
            patient,
            em.find(Practitioner.class, slot.getPractitionerId()),
            booking.reason().trim(),
            caller.username(),
            rooms.newRoom(),
            clock);
    appointments.add(appointment);
    hold(slot, appointment);
    changes.announce(AppointmentEvent.Kind.BOOKED, appointment, caller.username());
    return AppointmentView.of(appointment, clock.instant());
  }

  /**
   * Moves a booked appointment to another free slot; the appointment keeps its id and the old slot
   * is free again.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public AppointmentView reschedule(long appointmentId, Long slotId) {
    if (slotId == null) {
      throw new InvalidInputException("slotId", "booking.slotRequired");
    }
    CurrentCaller caller = caller();
    Appointment appointment = mine(appointmentId, "APPOINTMENT_RESCHEDULE");
    if (appointment.getSlotId() == slotId) {
      throw new InvalidInputException("slotId", "reschedule.sameSlot");
    }
    checkCutoff(caller, appointment, "reschedule.pastCutoff");
    Slot slot = takeable(slotId);
    long oldSlot = appointment.getSlotId();
    String room = appointment.getVideoRoom() != null ? appointment.getVideoRoom() : rooms.newRoom();
    appointment.moveTo(slot, room, caller.username(), clock);
    slots.release(oldSlot);
    hold(slot, appointment);
    changes.announce(AppointmentEvent.Kind.RESCHEDULED, appointment, caller.username());
    slots.byId(oldSlot).ifPresent(free -> changes.freed(free, appointment.getPatient().getId()));
    return AppointmentView.of(appointment, clock.instant());
  }

  /**
   * Cancels a booked appointment and frees its slot: the patient (up to the cut-off), someone who
   * may act for them, or the practitioner.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF, Role.Names.CLINICIAN})
  public AppointmentView cancel(long appointmentId) {
    CurrentCaller caller = caller();
    Appointment appointment = em.find(Appointment.class, appointmentId);
    if (!accessPolicy.permits(
        appointment == null ? null : appointment.getPatient().getId(),
        Access.to("APPOINTMENT_CANCEL", "Appointment", appointmentId)
            .allowing(Basis.SELF, Basis.FRONT_DESK, Basis.ACTING_FOR, Basis.TREATING_PRACTITIONER)
            .treatedBy(appointment == null ? null : appointment.getPractitioner().getId()))) {
      throw new NotFoundException("appointment.notFound");
    }
    boolean practitioner = caller.isPractitioner(appointment.getPractitioner().getId());
    if (!practitioner) {
      checkCutoff(caller, appointment, "cancel.pastCutoff");
    }
    appointment.cancel(caller.username(), clock);
    slots.release(appointment.getSlotId());
    changes.announce(AppointmentEvent.Kind.CANCELLED, appointment, caller.username());
    slots
        .byId(appointment.getSlotId())
        .ifPresent(free -> changes.freed(free, appointment.getPatient().getId()));
    return AppointmentView.of(appointment, clock.instant());
  }

  private Appointment mine(long appointmentId, String action) {
    Appointment appointment = em.find(Appointment.class, appointmentId);
    if (!accessPolicy.permits(
        appointment == null ? null : appointment.getPatient().getId(),
        Access.to(action, "Appointment", appointmentId))) {
      throw new NotFoundException("appointment.notFound");
    }
    return appointment;
  }

  /** Patients themselves change online only up to the cut-off; staff may later. */
  private void checkCutoff(CurrentCaller caller, Appointment appointment, String messageKey) {
    if (!caller.isStaff() && !cutoff.allows(appointment.getStart(), clock.instant())) {
      throw new RuleViolationException(messageKey, cutoff.hours());
    }
  }

  /**
   * Refuses a booking beyond the cap on live future appointments. The patient's row stays locked
   * until the end of the transaction, so that parallel bookings for one patient count one after the
   * other (each count sees the bookings committed before it: the pool reads committed data).
   */
  private void withinCap(Patient patient) {
    try {
      em.refresh(patient, LockModeType.PESSIMISTIC_WRITE);
    } catch (PersistenceException lockTimedOut) {
      throw new ConflictException(null, "booking.busy");
    }
    if (!cap.allowsAnother(appointments.countLiveAfter(patient.getId(), clock.instant()))) {
      changes.refused("APPOINTMENT_BOOK", patient.getId(), "cap " + cap.max());
      throw new RuleViolationException("booking.capReached", cap.max());
    }
  }

  /** The slot, locked, if it exists, lies ahead and nobody holds it. */
  private Slot takeable(long slotId) {
    Slot slot;
    try {
      slot = slots.lock(slotId).orElseThrow(() -> new NotFoundException("slot.notFound"));
    } catch (PersistenceException lockTimedOut) {
      if (DatabaseOutage.causedBy(lockTimedOut)) {
        throw lockTimedOut; // the database is away: a 503, not "taken"
      }
      throw new SlotTakenException(List.of());
    }
    if (!slot.getStart().isAfter(clock.instant())) {
      throw new RuleViolationException("slot.past");
    }
    if (slots.isBooked(slotId)) {
      throw new SlotTakenException(nextFree(slot));
    }
    return slot;
  }

  private void hold(Slot slot, Appointment appointment) {
    try {
      slots.hold(slot.getId(), appointment.getId());
    } catch (PersistenceException lostRace) {
      if (DatabaseOutage.causedBy(lostRace)) {
        throw lostRace;
      }
      // Only without the row lock (it timed out): the transaction is lost, so no further reads.
      throw new SlotTakenException(List.of());
    }
  }

  private List<FreeSlot> nextFree(Slot taken) {
    return slots
        .free(
            taken.getPractitionerId(),
            null,
            clock.instant(),
            clock.instant().plus(62, ChronoUnit.DAYS),
            0,
            NEXT_FREE)
        .stream()
        .map(FreeSlot::of)
        .toList();
  }

  private CurrentCaller caller() {
    return callers.current();
  }
}
