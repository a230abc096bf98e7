package health.salus.scheduling.boundary;

import health.salus.shared.boundary.ConflictException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Someone else booked the slot first. Carries the practitioner's next free slots, so that the
 * patient can pick another at once.
 */
@ApplicationException(rollback = true)
public class SlotTakenException extends ConflictException {

  private final transient List<FreeSlot> nextFreeSlots;

  public SlotTakenException(List<FreeSlot> nextFreeSlots) {
    super("slotId", "slot.taken");
    this.nextFreeSlots = List.copyOf(nextFreeSlots);
  }

  public List<FreeSlot> nextFreeSlots() {
    return nextFreeSlots;
  }
}
