package health.salus.scheduling.boundary;

import health.salus.scheduling.entity.Slot;
import java.time.Instant;

/** A slot nobody holds yet, as patients and staff pick from. */
public record FreeSlot(
    long id, long practitionerId, Instant start, Instant end, String mode, long siteId) {

  public static FreeSlot of(Slot slot) {
    return new FreeSlot(
        slot.getId(),
        slot.getPractitionerId(),
        slot.getStart(),
        slot.getEnd(),
        slot.getMode().name(),
        slot.getSiteId());
  }
}
