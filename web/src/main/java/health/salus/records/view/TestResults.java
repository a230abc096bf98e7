package health.salus.records.view;

import health.salus.records.boundary.ObservationView;
import health.salus.shared.view.LineChart;
import health.salus.shared.view.LineChart.Series;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of one test (HbA1c, eGFR…) as the record page shows them: a table, the latest first,
 * and a chart of the values over time against the usual (reference) range, shaded as a band between
 * its bounds (from the bottom up to a high bound alone, from a low bound alone up to the top).
 *
 * @param id the test's id on the page (its chart's and table's)
 * @param latestFirst the results, the latest taken first
 */
public record TestResults(
    String id,
    String name,
    String unit,
    BigDecimal rangeLow,
    BigDecimal rangeHigh,
    List<ObservationView> latestFirst,
    LineChart chart)
    implements Serializable {

  static final String VALUE_COLOUR = "#1f5fa8";
  static final String RANGE_COLOUR = "#2e7d32";
  static final String RANGE_SHADE = "rgba(46, 125, 50, 0.15)";

  /** The latest result of the test. */
  public ObservationView latest() {
    return latestFirst.get(0);
  }

  /**
   * The results grouped by test, the tests in the order of their latest result (the latest first).
   *
   * @param zone the reader's zone, for the chart's labels
   * @param labelFormat how a moment is written along the bottom
   * @param text the page's words by bundle key
   */
  static List<TestResults> of(
      List<ObservationView> results,
      ZoneId zone,
      DateTimeFormatter labelFormat,
      Function<String, String> text) {
    Map<String, List<ObservationView>> byTest = new LinkedHashMap<>();
    results.stream()
        .sorted(Comparator.comparing(ObservationView::effectiveAt).reversed())
        .forEach(r -> byTest.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r));
    List<TestResults> tests = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, List<ObservationView>> test : byTest.entrySet()) {
      String id = "test-" + index++;
      List<ObservationView> latestFirst = List.copyOf(test.getValue());
      ObservationView latest = latestFirst.get(0);
      tests.add(
          new TestResults(
              id,
              test.getKey(),
              latest.unit(),
              latest.rangeLow(),
              latest.rangeHigh(),
              latestFirst,
              chart(id, test.getKey(), latestFirst, zone, labelFormat, text)));
    }
    return List.copyOf(tests);
  }

  private static LineChart chart(
      String id,
      String name,
      List<ObservationView> latestFirst,
      ZoneId zone,
      DateTimeFormatter labelFormat,
      Function<String, String> text) {
    List<ObservationView> overTime = new ArrayList<>(latestFirst);
    Collections.reverse(overTime);
    List<String> labels =
        overTime.stream().map(r -> label(r.effectiveAt(), zone, labelFormat)).toList();
    List<Series> series = new ArrayList<>();
    series.add(
        new Series(
            name, overTime.stream().map(r -> number(r.value())).toList(), VALUE_COLOUR, false));
    ObservationView latest = latestFirst.get(0);
    Double low = number(latest.rangeLow());
    Double high = number(latest.rangeHigh());
    int count = labels.size();
    if (low != null) {
      series.add(
          band(text.apply("record.chart.rangeLow"), low, count, high != null ? "+1" : "end"));
    }
    if (high != null) {
      series.add(
          band(text.apply("record.chart.rangeHigh"), high, count, low != null ? null : "start"));
    }
    String axis = name + " (" + latest.unit() + ")";
    return LineChart.line("chart-" + id, name, axis, labels, series);
  }

  private static Series band(String label, double at, int count, String fill) {
    return new Series(
        label,
        Collections.nCopies(count, at),
        RANGE_COLOUR,
        true,
        fill,
        fill == null ? null : RANGE_SHADE);
  }

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  private static String label(Instant at, ZoneId zone, DateTimeFormatter format) {
    return format.format(at.atZone(zone));
  }
}
