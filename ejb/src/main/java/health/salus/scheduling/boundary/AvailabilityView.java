package health.salus.scheduling.boundary;

import health.salus.scheduling.entity.AvailabilityException;
import health.salus.scheduling.entity.AvailabilityTemplate;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practitioner's availability: templates and one-off sessions, and days away. */
public record AvailabilityView(
    long practitionerId, List<Template> templates, List<Exception> exceptions) {

  /** A weekly template (dayOfWeek) or a one-off session (date). */
  @Schema(name = "AvailabilityTemplate")
  public record Template(
      long id,
      long siteId,
      String dayOfWeek,
      LocalDate date,
      String start,
      String end,
      int slotMinutes,
      String mode) {

    public static Template of(AvailabilityTemplate t) {
      return new Template(
          t.getId(),
          t.getSiteId(),
          t.getDayOfWeek() == null ? null : t.getDayOfWeek().name(),
          t.getOnDate(),
          t.getStartTime().toString(),
          t.getEndTime().toString(),
          t.getSlotMinutes(),
          t.getMode().name());
    }
  }

  /** Days away. */
  @Schema(name = "DaysAway")
  public record Exception(long id, LocalDate from, LocalDate to, String reason) {

    public static Exception of(AvailabilityException e) {
      return new Exception(e.getId(), e.getFrom(), e.getTo(), e.getReason());
    }
  }
}
