package health.salus.monitoring.view;

import health.salus.monitoring.boundary.ReadingView;
import health.salus.monitoring.boundary.ThresholdView;
import health.salus.monitoring.boundary.WellbeingView;
import health.salus.monitoring.entity.ReadingType;
import health.salus.shared.view.LineChart;
import health.salus.shared.view.LineChart.Series;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The charts of the readings page: blood pressure (systolic and diastolic together), then one chart
 * per other type, then the WHO-5 score; each only when it has values, each with the patient's
 * thresholds as dashed lines (the WHO-5 chart with its 50 % line).
 */
final class ReadingCharts {

  private static final Map<ReadingType, String> COLOURS =
      Map.of(
          ReadingType.BLOOD_PRESSURE_SYSTOLIC, "#b3261e",
          ReadingType.BLOOD_PRESSURE_DIASTOLIC, "#1f5fa8",
          ReadingType.BLOOD_GLUCOSE, "#6a1b9a",
          ReadingType.WEIGHT, "#2e7d32",
          ReadingType.HEART_RATE, "#ad1457",
          ReadingType.STEPS, "#00695c",
          ReadingType.WELLBEING, "#a84300");

  private static final String THRESHOLD_COLOUR = "#555555";

  private static final List<List<ReadingType>> GROUPS =
      List.of(
          List.of(ReadingType.BLOOD_PRESSURE_SYSTOLIC, ReadingType.BLOOD_PRESSURE_DIASTOLIC),
          List.of(ReadingType.BLOOD_GLUCOSE),
          List.of(ReadingType.WEIGHT),
          List.of(ReadingType.HEART_RATE),
          List.of(ReadingType.STEPS));

  private final ZoneId zone;
  private final DateTimeFormatter labelFormat;
  private final Function<String, String> text;

  /**
   * @param zone the reader's zone, for the labels
   * @param labelFormat how a time is written along the bottom
   * @param text the page's words by bundle key
   */
  ReadingCharts(ZoneId zone, DateTimeFormatter labelFormat, Function<String, String> text) {
    this.zone = zone;
    this.labelFormat = labelFormat;
    this.text = text;
  }

  List<LineChart> of(
      List<ReadingView> readings, List<ThresholdView> thresholds, List<WellbeingView> checkIns) {
    List<LineChart> charts = new ArrayList<>();
    for (List<ReadingType> group : GROUPS) {
      List<ReadingView> values = readings.stream().filter(r -> group.contains(r.type())).toList();
      if (!values.isEmpty()) {
        charts.add(chart(group, values, thresholds));
      }
    }
    if (!checkIns.isEmpty()) {
      charts.add(wellbeing(checkIns));
    }
    return List.copyOf(charts);
  }

  private LineChart chart(
      List<ReadingType> group, List<ReadingView> values, List<ThresholdView> thresholds) {
    TreeMap<Instant, Map<ReadingType, Double>> byTime = new TreeMap<>();
    values.forEach(
        r -> byTime.computeIfAbsent(r.takenAt(), t -> new TreeMap<>()).put(r.type(), r.value()));
    List<String> labels = byTime.keySet().stream().map(this::label).toList();
    List<Series> series = new ArrayList<>();
    for (ReadingType type : group) {
      series.add(
          new Series(
              typeName(type),
              byTime.values().stream().map(v -> v.get(type)).toList(),
              COLOURS.get(type),
              false));
    }
    for (ReadingType type : group) {
      thresholdOf(thresholds, type)
          .ifPresent(
              t -> {
                bound(series, "monitoring.chart.low", type, t.low(), labels.size());
                bound(series, "monitoring.chart.high", type, t.high(), labels.size());
              });
    }
    ReadingType first = group.get(0);
    String id = first.name().startsWith("BLOOD_PRESSURE") ? "BLOOD_PRESSURE" : first.name();
    String title = text.apply("monitoring.chart." + id);
    return LineChart.line("chart-" + id, title, title + " (" + first.unit() + ")", labels, series);
  }

  private void bound(List<Series> series, String key, ReadingType type, Double at, int count) {
    if (at != null) {
      series.add(
          new Series(
              typeName(type) + ": " + text.apply(key),
              Collections.nCopies(count, at),
              THRESHOLD_COLOUR,
              true));
    }
  }

  private LineChart wellbeing(List<WellbeingView> checkIns) {
    List<String> labels = checkIns.stream().map(c -> label(c.takenAt())).toList();
    List<Series> series =
        List.of(
            new Series(
                typeName(ReadingType.WELLBEING),
                checkIns.stream().map(c -> (double) c.percent()).toList(),
                COLOURS.get(ReadingType.WELLBEING),
                false),
            new Series(
                text.apply("monitoring.chart.wellbeingLine"),
                Collections.nCopies(labels.size(), 50.0),
                THRESHOLD_COLOUR,
                true));
    String title = text.apply("monitoring.chart.WELLBEING");
    return LineChart.line("chart-WELLBEING", title, title + " (%)", labels, series);
  }

  private static Optional<ThresholdView> thresholdOf(
      List<ThresholdView> thresholds, ReadingType type) {
    return thresholds.stream().filter(t -> t.type() == type).findFirst();
  }

  private String typeName(ReadingType type) {
    return text.apply("monitoring.type." + type.name());
  }

  private String label(Instant at) {
    return labelFormat.format(at.atZone(zone));
  }
}
