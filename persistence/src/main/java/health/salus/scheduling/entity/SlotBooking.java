package health.salus.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a slot is held by a live appointment. The slot id is the primary key: of two concurrent
 * bookings of one slot, the database lets only one insert through. Deleted when the appointment is
 * cancelled or moved.
 */
@Entity
@Table(name = "slot_booking")
public class SlotBooking {

  @Id
  @Column(name = "slot_id")
  private Long slotId;

  @Column(name = "appointment_id", nullable = false, unique = true)
  private long appointmentId;

  protected SlotBooking() {}

  public SlotBooking(long slotId, long appointmentId) {
    this.slotId = slotId;
    this.appointmentId = appointmentId;
  }

  public Long getSlotId() {
    return slotId;
  }

  public long getAppointmentId() {
    return appointmentId;
  }
}
