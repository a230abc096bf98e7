package health.salus.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.monitoring.boundary.ReadingView;
import health.salus.monitoring.boundary.ThresholdView;
import health.salus.monitoring.boundary.WellbeingView;
import health.salus.monitoring.entity.ReadingType;
import health.salus.shared.view.LineChart;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readings page's charts: which are drawn, their lines, thresholds and time labels. */
class ReadingChartsTest {

  private static final Instant T0 = Instant.parse("2026-11-30T22:00:00Z");
  private static final Instant T1 = Instant.parse("2026-12-01T22:00:00Z");

  private final ReadingCharts charts =
      new ReadingCharts(
          ZoneId.of("Australia/Sydney"), DateTimeFormatter.ofPattern("d MMM HH:mm"), key -> key);

  private static ReadingView reading(ReadingType type, double value, Instant at) {
    return new ReadingView(1, 7, type, value, type.unit(), value, type.unit(), at);
  }

  private static JsonObject json(LineChart chart) {
    return Json.createReader(new StringReader(chart.json())).readObject();
  }

  private static JsonArray datasets(LineChart chart) {
    return json(chart).getJsonObject("data").getJsonArray("datasets");
  }

  @Test
  void bloodPressureIsOneChartWithBothNumbersAndTheLimitsAsDashedLines() {
    List<LineChart> drawn =
        charts.of(
            List.of(
                reading(ReadingType.BLOOD_PRESSURE_SYSTOLIC, 130, T0),
                reading(ReadingType.BLOOD_PRESSURE_DIASTOLIC, 85, T0),
                reading(ReadingType.BLOOD_PRESSURE_SYSTOLIC, 150, T1)),
            List.of(
                new ThresholdView(
                    ReadingType.BLOOD_PRESSURE_SYSTOLIC, 90.0, 140.0, "mmHg", "Dr", T0)),
            List.of());

    assertThat(drawn)
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo("chart-BLOOD_PRESSURE"));
    LineChart chart = drawn.get(0);
    assertThat(json(chart).getString("type")).isEqualTo("line");
    assertThat(json(chart).getJsonObject("data").getJsonArray("labels").toString())
        .isEqualTo("[\"1 Dec 09:00\",\"2 Dec 09:00\"]");
    JsonArray lines = datasets(chart);
    assertThat(lines).hasSize(4);
    assertThat(lines.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[130.0,150.0]");
    assertThat(lines.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[85.0,null]");
    assertThat(lines.getJsonObject(2).getJsonArray("data").toString()).isEqualTo("[90.0,90.0]");
    assertThat(lines.getJsonObject(3).containsKey("borderDash")).isTrue();
    assertThat(lines.getJsonObject(0).containsKey("borderDash")).isFalse();
  }

  @Test
  void onlyTypesWithValuesAreChartedAndWellbeingComesLastWithIts50PercentLine() {
    List<LineChart> drawn =
        charts.of(
            List.of(reading(ReadingType.STEPS, 4000, T0), reading(ReadingType.WEIGHT, 70, T1)),
            List.of(),
            List.of(new WellbeingView(1, 12, 48, true, T0, T0.plusSeconds(604800))));

    assertThat(drawn)
        .extracting(LineChart::id)
        .containsExactly("chart-WEIGHT", "chart-STEPS", "chart-WELLBEING");
    JsonArray wellbeing = datasets(drawn.get(2));
    assertThat(wellbeing.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[48.0]");
    assertThat(wellbeing.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[50.0]");
    assertThat(charts.of(List.of(), List.of(), List.of())).isEmpty();
  }
}
