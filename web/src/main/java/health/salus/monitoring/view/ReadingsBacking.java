package health.salus.monitoring.view;

import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.NewReading;
import health.salus.monitoring.boundary.ReadingView;
import health.salus.monitoring.boundary.ThresholdView;
import health.salus.monitoring.boundary.WellbeingAnswers;
import health.salus.monitoring.boundary.WellbeingView;
import health.salus.monitoring.entity.ReadingType;
import health.salus.shared.view.LineChart;
import health.salus.shared.view.LocalFormats;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.TimeDisplay;
import health.salus.shared.view.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The patient's readings page: a form to enter a reading (the units offered follow the type), the
 * WHO-5 check-in when one is due, the charts of the last 90 days with a table of the same values,
 * and the limits the care team set. Each change is one service call, then the page reloads.
 */
@Named
@ViewScoped
public class ReadingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How far back the charts and the table go. */
  static final Duration SHOWN = Duration.ofDays(90);

  /** The most check-ins charted: a year of weekly ones. */
  static final int CHECK_INS_SHOWN = 53;

  static final String PAGE = "/monitoring/readings.xhtml";

  @Inject MonitoringService monitoring;
  @Inject TimeDisplay timeDisplay;
  @Inject Clock clock;

  private List<ReadingView> readings = List.of();
  private List<ReadingView> newestFirst = List.of();
  private List<ThresholdView> thresholds = List.of();
  private List<WellbeingView> checkIns = List.of();
  private List<LineChart> charts = List.of();

  private ReadingType type = ReadingType.BLOOD_PRESSURE_SYSTOLIC;
  private Double value;
  private String unit = ReadingType.BLOOD_PRESSURE_SYSTOLIC.unit();
  private String date;
  private String time;
  private final Integer[] answers = new Integer[5];

  @PostConstruct
  void load() {
    long me = monitoring.myPatientId();
    readings = monitoring.readingsSince(me, clock.instant().minus(SHOWN));
    newestFirst = newestFirst(readings);
    thresholds = monitoring.thresholdsOf(me);
    checkIns = monitoring.wellbeingOf(me, 0, CHECK_INS_SHOWN).items();
    charts =
        new ReadingCharts(
                zone(), LocalFormats.pattern("monitoring.format.chartLabel"), UserMessages::text)
            .of(readings, thresholds, checkIns);
    ZonedDateTime now = clock.instant().atZone(zone()).truncatedTo(ChronoUnit.MINUTES);
    date = now.toLocalDate().toString();
    time = now.toLocalTime().toString();
  }

  /** Readings over time (oldest first) as a table lists them: newest first. */
  static List<ReadingView> newestFirst(List<ReadingView> overTime) {
    List<ReadingView> reversed = new ArrayList<>(overTime);
    Collections.reverse(reversed);
    return List.copyOf(reversed);
  }

  private ZoneId zone() {
    return timeDisplay.zone();
  }

  public void record() throws IOException {
    Instant takenAt = takenAt();
    PageAction.change(
        () -> monitoring.recordReading(new NewReading(nameOf(type), value, unit, takenAt)),
        "reading",
        Map.of("takenAt", "time"),
        PAGE,
        "monitoring.recorded");
  }

  public void checkIn() throws IOException {
    PageAction.change(
        () -> monitoring.checkIn(new WellbeingAnswers(Arrays.asList(answers))),
        "wellbeing",
        Map.of("answers", "answer1"),
        PAGE,
        "monitoring.checkedIn");
  }

  /** The time entered, in the reader's zone; null (refused by the service) when malformed. */
  private Instant takenAt() {
    try {
      return LocalDate.parse(date.trim())
          .atTime(LocalTime.parse(time.trim()))
          .atZone(zone())
          .toInstant();
    } catch (DateTimeParseException | NullPointerException malformed) {
      return null;
    }
  }

  private static String nameOf(ReadingType type) {
    return type == null ? null : type.name();
  }

  public List<ReadingType> getTypes() {
    return ReadingType.entered();
  }

  /**
   * The units, grouped by type in the order of the type menu (the page's script shows the chosen
   * type's group only; the service refuses a unit that does not fit).
   */
  public List<SelectItemGroup> getUnitGroups() {
    return getTypes().stream()
        .map(
            t ->
                new SelectItemGroup(
                    UserMessages.text("monitoring.type." + t.name()),
                    null,
                    false,
                    t.units().stream().map(u -> new SelectItem(u, u)).toArray(SelectItem[]::new)))
        .toList();
  }

  /** The latest check-in, if any. */
  public WellbeingView getLatestCheckIn() {
    return checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1);
  }

  /** Whether the WHO-5 check-in may be taken now (none in the last 7 days). */
  public boolean isCheckInDue() {
    WellbeingView latest = getLatestCheckIn();
    return latest == null || !clock.instant().isBefore(latest.nextAllowedAt());
  }

  /** The WHO-5 statements' numbers, 1..5, for the page to repeat over. */
  public List<Integer> getStatements() {
    return List.of(1, 2, 3, 4, 5);
  }

  /** The WHO-5 answers' values, from 5 (all of the time) to 0 (at no time). */
  public List<Integer> getScale() {
    return List.of(5, 4, 3, 2, 1, 0);
  }

  public List<ReadingView> getReadings() {
    return newestFirst;
  }

  public List<ThresholdView> getThresholds() {
    return thresholds;
  }

  public List<WellbeingView> getCheckIns() {
    return checkIns;
  }

  public List<LineChart> getCharts() {
    return charts;
  }

  public ReadingType getType() {
    return type;
  }

  public void setType(ReadingType type) {
    this.type = type;
  }

  public Double getValue() {
    return value;
  }

  public void setValue(Double value) {
    this.value = value;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public Integer[] getAnswers() {
    return answers;
  }
}
