package health.salus.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a practitioner sees patients at a site: every week on a day ({@code dayOfWeek}), or once on
 * a date (a one-off session, {@code onDate}), between two local times of the site, in slots of a
 * fixed length and one mode.
 */
@Entity
@Table(name = "availability_template")
public class AvailabilityTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practitioner_id", nullable = false)
  private long practitionerId;

  @Column(name = "site_id", nullable = false)
  private long siteId;

  @Column(name = "day_of_week")
  private Integer dayOfWeek;

  @Column(name = "on_date")
  private LocalDate onDate;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "end_time", nullable = false)
  private LocalTime endTime;

  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentMode mode;

  @Version private long version;

  protected AvailabilityTemplate() {}

  private AvailabilityTemplate(
      long practitionerId,
      long siteId,
      DayOfWeek day,
      LocalDate onDate,
      LocalTime startTime,
      LocalTime endTime,
      int slotMinutes,
      AppointmentMode mode) {
    this.practitionerId = practitionerId;
    this.siteId = siteId;
    this.dayOfWeek = day == null ? null : day.getValue();
    this.onDate = onDate;
    this.startTime = startTime;
    this.endTime = endTime;
    this.slotMinutes = slotMinutes;
    this.mode = mode;
  }

  /** Every week on {@code day}. */
  public static AvailabilityTemplate weekly(
      long practitionerId,
      long siteId,
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      int slotMinutes,
      AppointmentMode mode) {
    return new AvailabilityTemplate(
        practitionerId, siteId, day, null, start, end, slotMinutes, mode);
  }

  /** Once, on {@code date}. */
  public static AvailabilityTemplate oneOff(
      long practitionerId,
      long siteId,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      int slotMinutes,
      AppointmentMode mode) {
    return new AvailabilityTemplate(
        practitionerId, siteId, null, date, start, end, slotMinutes, mode);
  }

  /** Whether this template has a session on that day. */
  public boolean appliesOn(LocalDate day) {
    return onDate != null ? onDate.equals(day) : day.getDayOfWeek().getValue() == dayOfWeek;
  }

  public Long getId() {
    return id;
  }

  public long getPractitionerId() {
    return practitionerId;
  }

  public long getSiteId() {
    return siteId;
  }

  public DayOfWeek getDayOfWeek() {
    return dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek);
  }

  public LocalDate getOnDate() {
    return onDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public AppointmentMode getMode() {
    return mode;
  }
}
